import { checkCreditCode } from '../../platform/standards/credit-code.js';
import type { AuditActor } from '../audit/index.js';
import { checkIdNumber, IdentityErrors, type ClientInfo, type IdentityService, type NewSession } from '../identity/index.js';
import type { IdentityVerifier } from './identity-verifier.js';
import { LearnerErrors } from './learners.errors.js';

export interface RegistrationInput {
  name: string;
  idNumber: string;
  employerName: string;
  employerCreditCode: string;
  jobCategory: string;
  password: string;
}

/**
 * Real-name self-registration (M24): the person is checked (offline, or by
 * the configured real-name service), the employer's code validated, and the
 * learner is signed in. Nothing about how to contact them is asked (M27).
 */
export function createLearnersService(deps: { identity: IdentityService; verifier: IdentityVerifier }) {
  async function register(input: RegistrationInput, client: ClientInfo): Promise<NewSession> {
    const id = checkIdNumber(input.idNumber);
    if (!id.ok) throw IdentityErrors.ID_NUMBER_INVALID({ problem: id.problem, reason: id.message });
    let verdict: Awaited<ReturnType<IdentityVerifier['verify']>>;
    try {
      verdict = await deps.verifier.verify({ name: input.name, idNumber: input.idNumber });
    } catch {
      throw LearnerErrors.REAL_NAME_SERVICE_UNAVAILABLE();
    }
    if (!verdict.ok) throw LearnerErrors.REAL_NAME_MISMATCH({ reason: verdict.reason });
    const code = checkCreditCode(input.employerCreditCode);
    if (!code.ok) throw LearnerErrors.EMPLOYER_CREDIT_CODE_INVALID({ problem: code.problem, reason: code.message });
    const by: AuditActor = { accountId: null, role: 'anonymous', scope: null, requestId: client.requestId };
    await deps.identity.createLearnerAccount({ ...input, employerCreditCode: code.normalized }, by);
    return deps.identity.login(input.idNumber, input.password, client);
  }

  return { register };
}

export type LearnersService = ReturnType<typeof createLearnersService>;
