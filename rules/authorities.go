package rules

import "fmt"

// Authority is a prefix of a signature line that says on whose behalf the
// signer signs ("KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ").
type Authority struct {
	Prefix    string // as written, e.g. "KT."
	Canonical string // output form
	Kind      string // KindState or KindParty
	Line      int
}

func parseAuthorities(s *Set, t *Table) error {
	for _, r := range t.Rows {
		s.Authorities = append(s.Authorities, Authority{Prefix: r.Get("prefix"), Canonical: r.Get("canonical"), Kind: r.Get("kind"), Line: r.Line})
	}
	return nil
}

func validateAuthorities(s *Set) []error {
	var errs []error
	for _, a := range s.Authorities {
		if a.Prefix == "" || a.Canonical == "" {
			errs = append(errs, fmt.Errorf("authorities.tsv:%d: prefix and canonical are required", a.Line))
		}
	}
	return errs
}
