package rules

import (
	"fmt"
	"strings"
)

// AgencyWord is a word that ends a body's name, or a compound that keeps
// it going, read from agency_words.tsv.
type AgencyWord struct {
	Words string // lower case: "chu", "trưởng", "môi trường"
	Kind  string // WordStop, WordCompound, WordVerb, WordSection or WordClose
	Line  int
}

// Kinds of agency words, as in the kind column of agency_words.tsv.
const (
	WordStop     = "stop"     // ends a name: "chủ" (trì), "phối" (hợp)
	WordCompound = "compound" // a name may hold it: "môi trường", "kinh tế"
	WordVerb     = "verb"     // ends a name at its first word: "thông báo", "dự thảo"
	WordSection  = "section"  // opens the heading of an implementation section: "tổ chức thực hiện"
	WordClose    = "close"    // closes a name: after it only a locality follows ("Việt Nam")
)

func parseAgencyWords(s *Set, t *Table) error {
	for _, r := range t.Rows {
		s.AgencyWords = append(s.AgencyWords, AgencyWord{Words: r.Get("words"), Kind: r.Get("kind"), Line: r.Line})
	}
	return nil
}

// validateAgencyWords checks kinds, that stop words are one lower-case word
// and compounds and verbs two or more, and that no row repeats.
func validateAgencyWords(s *Set) []error {
	var errs []error
	seen := map[string]int{}
	for _, w := range s.AgencyWords {
		f := strings.Fields(w.Words)
		switch {
		case w.Kind != WordStop && w.Kind != WordCompound && w.Kind != WordVerb && w.Kind != WordSection && w.Kind != WordClose:
			errs = append(errs, fmt.Errorf("agency_words.tsv:%d: kind %q is not %s, %s, %s, %s or %s", w.Line, w.Kind, WordStop, WordCompound, WordVerb, WordSection, WordClose))
		case strings.ToLower(w.Words) != w.Words || strings.Join(f, " ") != w.Words || w.Words == "":
			errs = append(errs, fmt.Errorf("agency_words.tsv:%d: %q is not lower-case words separated by single spaces", w.Line, w.Words))
		case w.Kind == WordStop && len(f) != 1:
			errs = append(errs, fmt.Errorf("agency_words.tsv:%d: stop word %q is not one word", w.Line, w.Words))
		case w.Kind != WordStop && len(f) < 2:
			errs = append(errs, fmt.Errorf("agency_words.tsv:%d: %s %q has one word", w.Line, w.Kind, w.Words))
		}
		k := w.Kind + "\x00" + w.Words
		if l, ok := seen[k]; ok {
			errs = append(errs, fmt.Errorf("agency_words.tsv:%d: %q already on line %d", w.Line, w.Words, l))
		}
		seen[k] = w.Line
	}
	return errs
}
