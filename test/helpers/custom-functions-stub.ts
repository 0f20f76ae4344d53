/** A stand-in for Excel's CustomFunctions global, enough to see which error and message a wrapper throws. */
export class StubError {
  constructor(public code: string, public message?: string) {}
}

export function installCustomFunctionsStub(displayLanguage = "ko-KR"): void {
  const g = global as unknown as Record<string, unknown>;
  g.CustomFunctions = { Error: StubError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };
  g.Office = { context: { displayLanguage } };
}
