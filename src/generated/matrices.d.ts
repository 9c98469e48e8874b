// Types for matrices.js, which scripts/generate.mjs generates from matrices/*.json: each built-in
// matrix as JSON text by its id, and the facts part of those others take facts from; parsed on first
// use (src/core/builtin-matrices.ts).
export declare const BUILTIN_MATRICES: Record<string, string>
export declare const BUILTIN_FACTS: Record<string, string>
