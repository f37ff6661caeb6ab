package rules

import (
	"fmt"
	"strings"
)

// Document type kinds: who issues documents of a type.
const (
	KindState = "state" // state bodies (Nghị định 30/2020/NĐ-CP)
	KindParty = "party" // Party committees (Hướng dẫn 36-HD/VPTW)
	KindBoth  = "both"
)

// DocType is one kind of document with the symbol that marks it in a number.
type DocType struct {
	Name     string   // as written in a title, e.g. "Kế hoạch"
	Symbol   string   // code in the ký hiệu, e.g. "KH"; "" for Công văn
	Variants []string // other spellings of Symbol seen in text, e.g. "QD"
	Kind     string   // KindState, KindParty or KindBoth
	Line     int      // line in doctypes.tsv
}

func parseDocTypes(s *Set, t *Table) error {
	for _, r := range t.Rows {
		s.DocTypes = append(s.DocTypes, DocType{
			Name:     r.Get("name"),
			Symbol:   r.Get("symbol"),
			Variants: r.List("variants"),
			Kind:     r.Get("kind"),
			Line:     r.Line,
		})
	}
	return nil
}

func validateDocTypes(s *Set) []error {
	var errs []error
	if len(s.DocTypes) == 0 {
		errs = append(errs, fmt.Errorf("doctypes.tsv: no document types"))
	}
	for _, d := range s.DocTypes {
		if d.Name == "" {
			errs = append(errs, fmt.Errorf("doctypes.tsv:%d: empty name", d.Line))
		}
		switch d.Kind {
		case KindState, KindParty, KindBoth:
		default:
			errs = append(errs, fmt.Errorf("doctypes.tsv:%d: kind %q is not state, party or both", d.Line, d.Kind))
		}
	}
	return errs
}

// DocTypeBySymbol returns the document type whose symbol or variant equals sym
// (case-insensitively), preferring kind when several match. ok is false when
// none does.
func (s *Set) DocTypeBySymbol(sym, kind string) (DocType, bool) {
	var found DocType
	ok := false
	for _, d := range s.DocTypes {
		match := d.Symbol != "" && strings.EqualFold(d.Symbol, sym)
		for _, v := range d.Variants {
			match = match || strings.EqualFold(v, sym)
		}
		if !match {
			continue
		}
		if d.Kind == kind || (d.Kind == KindBoth && !ok) {
			if d.Kind == kind {
				return d, true
			}
			found, ok = d, true
		} else if !ok {
			found, ok = d, true
		}
	}
	return found, ok
}
