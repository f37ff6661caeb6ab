package rules

import (
	"fmt"
	"strings"
)

// AgencyHead is the opening word or words of a body's name ("Sở", "Ủy ban
// nhân dân"), read from agency_heads.tsv.
type AgencyHead struct {
	Head     string // as written, with its tones: "Bộ Chỉ huy"
	Complete bool   // names a body by itself, takes no more name words
	Not      bool   // looks like a head but opens no body ("Bộ luật", "Công ty")
	Owner    bool   // a whole body that owns the body named before it ("Tỉnh ủy")
	Mixed    bool   // its name must hold a lower-case word: "Đoàn Đức Quý" is a person
	Title    bool   // Not, and a head right after it belongs to its title ("Luật Bảo hiểm xã hội")
	Line     int
}

// Kinds of agency heads, as in the kind column of agency_heads.tsv.
const (
	HeadOpens = "opens" // proper words follow: "Sở"
	HeadWhole = "whole" // a body by itself: "Công an", "Tỉnh ủy"
	HeadNot   = "not"   // no body: "Bộ luật", "Hội nghị"
	HeadOwner = "owner" // a whole body that owns the one before it: "Ban Tuyên giáo Tỉnh ủy"
	HeadMixed = "mixed" // opens, and capitalized words alone are a person or place: "Trường Sơn"
	HeadTitle = "title" // no body, and a body's name right after it is part of its title: "Luật Bảo hiểm xã hội"
)

func parseAgencyHeads(s *Set, t *Table) error {
	for _, r := range t.Rows {
		k := r.Get("kind")
		if k != HeadOpens && k != HeadWhole && k != HeadNot && k != HeadOwner && k != HeadMixed && k != HeadTitle {
			return r.Errorf("kind %q is not %s, %s, %s, %s, %s or %s", k, HeadOpens, HeadWhole, HeadNot, HeadOwner, HeadMixed, HeadTitle)
		}
		s.AgencyHeads = append(s.AgencyHeads, AgencyHead{Head: r.Get("head"), Complete: k == HeadWhole || k == HeadOwner, Not: k == HeadNot || k == HeadTitle, Owner: k == HeadOwner, Mixed: k == HeadMixed, Title: k == HeadTitle, Line: r.Line})
	}
	return nil
}

// validateAgencyHeads checks that every head is a capitalized word or words
// and appears once (case aside).
func validateAgencyHeads(s *Set) []error {
	var errs []error
	seen := map[string]int{}
	for _, h := range s.AgencyHeads {
		w := strings.Fields(h.Head)
		if len(w) == 0 {
			errs = append(errs, fmt.Errorf("agency_heads.tsv:%d: empty head", h.Line))
			continue
		}
		if first := []rune(w[0])[0]; strings.ToUpper(string(first)) != string(first) {
			errs = append(errs, fmt.Errorf("agency_heads.tsv:%d: head %q does not open with a capital", h.Line, h.Head))
		}
		if strings.Join(w, " ") != h.Head || strings.ContainsAny(h.Head, ",;.()/") {
			errs = append(errs, fmt.Errorf("agency_heads.tsv:%d: head %q has extra spaces or punctuation", h.Line, h.Head))
		}
		k := strings.ToLower(h.Head)
		if l, ok := seen[k]; ok {
			errs = append(errs, fmt.Errorf("agency_heads.tsv:%d: head %q already on line %d", h.Line, h.Head, l))
		}
		seen[k] = h.Line
	}
	return errs
}
