package rules

// Agency is a kind of body a document can name, e.g. Sở Giáo dục và Đào tạo.
type Agency struct {
	Key      string   // stable key, e.g. "so_giao_duc_va_dao_tao"
	Name     string   // canonical full name
	Variants []string // other spellings and abbreviations
	Line     int
}

func parseAgencies(s *Set, t *Table) error {
	for _, r := range t.Rows {
		s.Agencies = append(s.Agencies, Agency{Key: r.Get("key"), Name: r.Get("name"), Variants: r.List("variants"), Line: r.Line})
	}
	return nil
}

func validateAgencies(s *Set) []error { return nil }
