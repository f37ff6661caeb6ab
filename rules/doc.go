// Package rules holds the data that vanban's parsers read: document types and
// their symbols, signature authorities, abbreviations, the administrative-unit
// gazetteer (before and after the 1 July 2025 reform), agency names and the
// indicator lexicon.
//
// The data lives in tab-separated files under data/, embedded with go:embed.
// [Builtin] loads them; [LoadDir] overlays a directory of files with the same
// names on top, so a user can add a document type or an indicator without
// rebuilding. A loaded [Set] is immutable and safe for concurrent use.
//
// Each file has a header row naming its columns; lines starting with '#' are
// comments (attribution, examples). [Set.Validate] reports every problem as
// "file:line: message".
//
// This package knows nothing of files to ingest, of bleve or of HTTP.
package rules
