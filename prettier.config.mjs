// Prettier: the code's existing style (single quotes, no semicolons, trailing commas, parentheses
// around every arrow parameter), lines of 100. What it formats is in .prettierignore.

/** @type {import('prettier').Config} */
export default {
  printWidth: 100,
  singleQuote: true,
  semi: false,
  trailingComma: 'all',
  arrowParens: 'always',
  endOfLine: 'lf',
  // Never rewrite what a template literal says, whatever its tag: reporters' output is compared
  // byte for byte.
  embeddedLanguageFormatting: 'off',
}
