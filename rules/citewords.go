package rules

import "fmt"

// Kinds of CiteWord.
const (
	CiteWordType   = "type"   // names a cited document's type: "Văn bản" → Công văn
	CiteWordNot    = "not"    // a noun whose number is no document: "Mẫu số 01/BC"
	CiteWordIssuer = "issuer" // canonical spelling of a cited issuer
	CiteWordLead   = "lead"   // a sentence opening that states a relation: "Căn cứ" → can-cu
	CiteWordCue    = "cue"    // words right before a citation that state its relation: "thực hiện"
	CiteWordAlias  = "alias"  // words before a short form that names the citation before it: "gọi là"
	CiteWordReport = "report" // a noun that makes "thực hiện X" a subject of report: "kết quả"
)

// Relations a lead or cue word may state (extract.Citation.Relation).
var citeRelations = map[string]bool{"can-cu": true, "thuc-hien": true, "dan-chieu": true}

// CiteWord is one word of the citation finder (citewords.tsv).
type CiteWord struct {
	Word  string // as written: "Văn bản", "Thủ tướng Chính phủ"
	Kind  string // one of the CiteWord kinds
	Value string // the type name (type); "complete" or "place" (issuer); the relation (lead, cue)
	Line  int
}

func parseCiteWords(s *Set, t *Table) error {
	for _, r := range t.Rows {
		s.CiteWords = append(s.CiteWords, CiteWord{Word: r.Get("word"), Kind: r.Get("kind"), Value: r.Get("value"), Line: r.Line})
	}
	return nil
}

func validateCiteWords(s *Set) []error {
	var errs []error
	types := map[string]bool{}
	for _, d := range s.DocTypes {
		types[d.Name] = true
	}
	for _, w := range s.CiteWords {
		if w.Word == "" {
			errs = append(errs, fmt.Errorf("citewords.tsv:%d: empty word", w.Line))
		}
		switch w.Kind {
		case CiteWordType:
			if !types[w.Value] {
				errs = append(errs, fmt.Errorf("citewords.tsv:%d: type %q is not in doctypes.tsv", w.Line, w.Value))
			}
		case CiteWordNot, CiteWordAlias, CiteWordReport:
		case CiteWordLead, CiteWordCue:
			if !citeRelations[w.Value] {
				errs = append(errs, fmt.Errorf("citewords.tsv:%d: relation %q is not can-cu, thuc-hien or dan-chieu", w.Line, w.Value))
			}
		case CiteWordIssuer:
			if w.Value != "complete" && w.Value != "place" {
				errs = append(errs, fmt.Errorf("citewords.tsv:%d: issuer value %q is not complete or place", w.Line, w.Value))
			}
		default:
			errs = append(errs, fmt.Errorf("citewords.tsv:%d: kind %q is not type, not, issuer, lead, cue, alias or report", w.Line, w.Kind))
		}
	}
	return errs
}
