/** What the Help page says about one custom function, read from its JSDoc by the build. */
export interface CustomFunctionDoc {
  name: string;
  summary: string;
  params: { name: string; description: string }[];
  returns: string;
}

/** Replaced by scripts/build.mjs with the JSDoc of every `@customfunction` main.ts exports. */
declare const __SELLER_SHEETS_CUSTOM_FUNCTIONS__: CustomFunctionDoc[] | undefined;

/** The custom functions of this build, empty when the code runs unbuilt (tests, the CLI). */
export function customFunctionDocs(): CustomFunctionDoc[] {
  return typeof __SELLER_SHEETS_CUSTOM_FUNCTIONS__ === 'undefined'
    ? []
    : __SELLER_SHEETS_CUSTOM_FUNCTIONS__;
}
