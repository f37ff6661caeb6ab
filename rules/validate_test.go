package rules

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestLoadRejects overrides one builtin file at a time with a broken one
// and checks that Load reports the file and line.
func TestLoadRejects(t *testing.T) {
	tests := []struct {
		file, content, want string
	}{
		{"abbreviations.tsv", "abbr\tfull\nUBND\tỦy ban nhân dân\nUBND\tỦy ban\n", "abbreviations.tsv:3"},
		{"authorities.tsv", "prefix\tcanonical\tkind\tdeputy\nKT.\tKT.\tboss\t\n", "authorities.tsv:2"},
		{"issuers.tsv", "head\tlevel\tkind\tonly_parent\nSỞ\tprovince\tstate\t\n", "issuers.tsv:2"},
		{"doctypes.tsv", "name\tsymbol\tvariants\tkind\n\tKH\t\tstate\n", "doctypes.tsv:2"},
		{"gazetteer.tsv", "level\tcode\ttype\tname\tparent\tnew\ntinh\t01\ttỉnh\tA\t\t\nhuyen\t001\thuyện\tB\t99\t\n", "gazetteer.tsv:3"},
		{"gazetteer.tsv", "level\tcode\ttype\tname\tparent\tnew\ntinh\t01\ttỉnh\tA\t\t\nalias\t02\ttinh\tZ\t\t\n", "gazetteer.tsv:3"},
	}
	for _, tt := range tests {
		base := fstest.MapFS{}
		entries, err := builtin.ReadDir("data")
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			name := e.Name()
			b, err := builtin.ReadFile("data/" + name)
			if err != nil {
				t.Fatal(err)
			}
			base[name] = &fstest.MapFile{Data: b}
		}
		base[tt.file] = &fstest.MapFile{Data: []byte(tt.content)}
		_, err = Load(base)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Load with a broken %s: error %v, want one at %s", tt.file, err, tt.want)
		}
	}
}
