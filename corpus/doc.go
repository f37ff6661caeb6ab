// Package corpus turns files into text and text into stored, indexed
// documents: format readers (txt, md, html, pdf, docx, doc), decoding of
// legacy Vietnamese encodings, normalization, the on-disk store and the
// incremental ingest run with its per-file report.
//
// It does not parse fields itself: that is package extract's job.
package corpus
