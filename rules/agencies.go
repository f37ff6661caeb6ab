package rules

import (
	"fmt"
	"strings"
)

// Agency is a kind of body a document can name, e.g. Sở Giáo dục và Đào tạo.
type Agency struct {
	Key      string   // stable key, e.g. "so_giao_duc_va_dao_tao"
	Name     string   // canonical full name
	Variants []string // other spellings and abbreviations
	Line     int      // line of the row in agencies.tsv
}

func parseAgencies(s *Set, t *Table) error {
	for _, r := range t.Rows {
		s.Agencies = append(s.Agencies, Agency{Key: r.Get("key"), Name: r.Get("name"), Variants: r.List("variants"), Line: r.Line})
	}
	return nil
}

// validateAgencies checks that every row has a name and a key made of
// lower-case ASCII words joined by underscores, and that keys are unique.
func validateAgencies(s *Set) []error {
	var errs []error
	seen := map[string]int{}
	for _, a := range s.Agencies {
		if a.Name == "" {
			errs = append(errs, fmt.Errorf("agencies.tsv:%d: empty name", a.Line))
		}
		if a.Key == "" || strings.Trim(a.Key, "abcdefghijklmnopqrstuvwxyz0123456789_") != "" || strings.HasPrefix(a.Key, "_") || strings.HasSuffix(a.Key, "_") {
			errs = append(errs, fmt.Errorf("agencies.tsv:%d: key %q is not lower-case words joined by _", a.Line, a.Key))
		}
		if l, ok := seen[a.Key]; ok {
			errs = append(errs, fmt.Errorf("agencies.tsv:%d: key %q already on line %d", a.Line, a.Key, l))
		}
		seen[a.Key] = a.Line
	}
	return errs
}
