// Package extract turns the normalized text of a Vietnamese administrative
// document into a [Document]: header (type, number, date, place, title),
// issuer, signers, recipients, citations, agencies and numeric targets.
//
// Extraction is tolerant, like go/scanner: it never fails, and what it cannot
// decide goes to Document.Warnings. Patterns and names come from a
// [rules.Set]; the parsers here read them and hard-code none.
//
// The package reads no files and knows nothing of the index.
package extract
