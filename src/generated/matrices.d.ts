// Types for matrices.js, which scripts/generate.mjs generates from matrices/*.json: each built-in
// matrix's data by its id, validated when it is first used (src/core/builtin-matrices.ts).
export declare const BUILTIN_MATRICES: Record<string, unknown>
