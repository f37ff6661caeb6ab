package rules

import "fmt"

// IssuerHead is the word that opens the name of an issuing body in a
// header ("ỦY BAN NHÂN DÂN", "SỞ", "TỈNH ỦY").
type IssuerHead struct {
	Head       string // as written, upper case
	Level      string // "trung-uong", "tinh", "huyen", "xa", or "" when the place decides
	Kind       string // KindState, KindParty or KindBoth
	OnlyParent bool   // a container above the issuer (ĐẢNG BỘ …), never the issuer itself
	Named      bool   // what follows the head is a proper name: TRƯỜNG THPT LÊ QUÝ ĐÔN
	OfParent   bool   // named with its parent's full name: Văn phòng Ủy ban nhân dân tỉnh …
	Field      bool   // the words after the head name a field, each coordinated part capitalized: Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công
	Line       int
}

func parseIssuers(s *Set, t *Table) error {
	for _, r := range t.Rows {
		s.IssuerHeads = append(s.IssuerHeads, IssuerHead{
			Head: r.Get("head"), Level: r.Get("level"), Kind: r.Get("kind"),
			OnlyParent: r.Get("only_parent") == "yes", Named: r.Get("named") == "yes",
			OfParent: r.Get("of_parent") == "yes", Field: r.Get("field") == "yes", Line: r.Line,
		})
	}
	return nil
}

func validateIssuers(s *Set) []error {
	var errs []error
	for _, h := range s.IssuerHeads {
		if h.Head == "" {
			errs = append(errs, fmt.Errorf("issuers.tsv:%d: empty head", h.Line))
		}
		switch h.Level {
		case "", "trung-uong", "tinh", "huyen", "xa":
		default:
			errs = append(errs, fmt.Errorf("issuers.tsv:%d: level %q is not trung-uong, tinh, huyen, xa or empty", h.Line, h.Level))
		}
		switch h.Kind {
		case KindState, KindParty, KindBoth:
		default:
			errs = append(errs, fmt.Errorf("issuers.tsv:%d: kind %q is not state, party or both", h.Line, h.Kind))
		}
	}
	return errs
}
