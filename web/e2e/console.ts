import type { Locator, Page } from 'playwright-core';

/** What the staff-console journeys share: a desktop window, signing in, and driving antd's controls. */
export const DESKTOP = { viewport: { width: 1440, height: 900 } };

/** antd puts a space between the two characters of a two-character button ("登 记"). */
export const buttonName = (text: string) => new RegExp(`^${[...text].join('\\s?')}$`);

/** Signs in on the login page and waits for the staff workbench. */
export async function signInToConsole(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名 / 身份证号').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(`${baseUrl}/`);
}

/** Picks an option of the antd Select labelled `label` in `scope`, searching by its text. */
export async function choose(scope: Page | Locator, page: Page, label: string, option: string): Promise<void> {
  await scope.getByLabel(label, { exact: true }).click();
  await scope.getByLabel(label, { exact: true }).fill(option);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

/** Picks an option of an antd Select without search. */
export async function pick(scope: Page | Locator, page: Page, label: string, option: string): Promise<void> {
  // Without search the labelled input is a zero-width stand-in; click the select box that holds it.
  await scope.locator('.ant-select').filter({ has: page.getByLabel(label, { exact: true }) }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

export async function confirmModal(page: Page, button: string): Promise<void> {
  const modal = page.locator('.ant-modal-confirm, .ant-modal').filter({ has: page.getByRole('button', { name: buttonName(button) }) }).last();
  await modal.getByRole('button', { name: buttonName(button) }).click();
}

export async function openMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('menuitem', { name: new RegExp(item) }).click();
}
