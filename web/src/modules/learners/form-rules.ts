/** A phone form rule from a check that gives the problem in words (or null): rc-field-form shape, for antd-mobile forms. */
export type Check = (value: string) => string | null;

export function ruleOf(check: Check) {
  return {
    validator: (_: unknown, value: string | undefined) => {
      const problem = check(value ?? '');
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  };
}

/** "Both entries the same" for a confirmation field that depends on `field`. */
export function sameAsRule(field: string, requiredText: string, mismatchText: string) {
  return ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) =>
    ruleOf((value) => (!value ? requiredText : value === getFieldValue(field) ? null : mismatchText));
}
