// Package index is vanban's bleve (scorch) index: one mapping with a
// Vietnamese analysis (syllable tokens, lower case, NFC with one tone-mark
// style, a diacritic-folded twin field, abbreviation expansion), keyword
// fields for facets and filters, documents and their numeric targets stored
// as records of their own, and the queries the commands need: Search,
// Targets, CitedBy, ByNumber and Doc.
//
// A writer holds the index exclusively (a bolt file lock) for as long as it
// is open; readers open it with Options.ReadOnly and get ErrBusy after
// Options.Timeout while a writer is running.
package index
