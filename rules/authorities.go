package rules

import "fmt"

// KindTitle marks an authorities.tsv row that is a signer's title
// ("PHÓ CHỦ TỊCH"), not an authority prefix.
const KindTitle = "title"

// KindRank marks an authorities.tsv row that is a rank or degree written
// before a signer's name ("Thượng tướng Tô Lâm", "PGS.TS. Nguyễn Văn A"):
// not part of the name.
const KindRank = "rank"

// Authority is a prefix of a signature line that says on whose behalf the
// signer signs ("KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ").
type Authority struct {
	Prefix    string // as written, e.g. "KT."
	Canonical string // output form
	Kind      string // KindState, KindParty, KindTitle or KindRank
	Deputy    string // for a title: the deputy's title when it is not "Phó " + Canonical
	Line      int
}

func parseAuthorities(s *Set, t *Table) error {
	for _, r := range t.Rows {
		s.Authorities = append(s.Authorities, Authority{Prefix: r.Get("prefix"), Canonical: r.Get("canonical"), Kind: r.Get("kind"), Deputy: r.Get("deputy"), Line: r.Line})
	}
	return nil
}

func validateAuthorities(s *Set) []error {
	var errs []error
	for _, a := range s.Authorities {
		if a.Prefix == "" || a.Canonical == "" {
			errs = append(errs, fmt.Errorf("authorities.tsv:%d: prefix and canonical are required", a.Line))
		}
		switch a.Kind {
		case KindState, KindParty, KindTitle, KindRank:
		default:
			errs = append(errs, fmt.Errorf("authorities.tsv:%d: kind %q is not state, party, title or rank", a.Line, a.Kind))
		}
	}
	return errs
}
