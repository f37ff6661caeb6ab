package rules

import (
	"strings"
	"testing"
	"testing/fstest"
)

// citeOverride loads the builtin rules with one file replaced.
func citeOverride(t *testing.T, file, content string) error {
	t.Helper()
	base := fstest.MapFS{}
	entries, err := builtin.ReadDir("data")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := builtin.ReadFile("data/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		base[e.Name()] = &fstest.MapFile{Data: b}
	}
	base[file] = &fstest.MapFile{Data: []byte(content)}
	_, err = Load(base)
	return err
}

// TestCiteRulesReject checks that broken citation data is reported with
// its file and line.
func TestCiteRulesReject(t *testing.T) {
	tests := []struct{ file, content, want string }{
		{"citeterms.tsv", "term\tnumber\tfrom\tto\nX\t11\t2006\t2011\n", "citeterms.tsv:2"},
		{"citeterms.tsv", "term\tnumber\tfrom\tto\nX\t10\t2011\t2006\n", "citeterms.tsv:2"},
		{"citeterms.tsv", "term\tnumber\tfrom\tto\nX\tten\t2006\t2011\n", "citeterms.tsv:2"},
		{"citewords.tsv", "word\tkind\tvalue\nVăn bản\ttype\tCông thư\n", "citewords.tsv:2"},
		{"citewords.tsv", "word\tkind\tvalue\nChính phủ\tissuer\tsometimes\n", "citewords.tsv:2"},
		{"citewords.tsv", "word\tkind\tvalue\nMẫu\tnoun\t\n", "citewords.tsv:2"},
		{"citewords.tsv", "word\tkind\tvalue\nCăn cứ\tlead\tbasis\n", "citewords.tsv:2"},
		{"citeorgs.tsv", "code\tkind\tissuer\tcanon\nTW\tparty\t\t\nTW\tstate\t\t\n", "citeorgs.tsv:3"},
	}
	for _, tt := range tests {
		err := citeOverride(t, tt.file, tt.content)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s %q: error %v, want one at %s", tt.file, tt.content, err, tt.want)
		}
	}
}

// TestCiteRules checks the lookups the citation finder uses.
func TestCiteRules(t *testing.T) {
	s, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for code, want := range map[string]string{"TW": "TW", "TƯ": "TW", "QH15": "QH", "ttg": "TTg", "TU": "TU"} {
		o, ok := s.CiteOrgByCode(code)
		if !ok || o.Canon != want {
			t.Errorf("CiteOrgByCode(%q) = %+v, %v; want canon %s", code, o, ok, want)
		}
	}
	if o, _ := s.CiteOrgByCode("TU"); o.Kind != KindParty {
		t.Errorf("TU is %s, want party", o.Kind)
	}
	if ct, ok := s.CiteTermByNumber(10); !ok || ct.Term != "X" || ct.From != 2006 || ct.To != 2011 {
		t.Errorf("khóa X = %+v, %v", ct, ok)
	}
	for in, want := range map[string]int{"X": 10, "XIV": 14, "IX": 9, "VIII": 8, "": 0, "XA": 0} {
		if got := RomanValue(in); got != want {
			t.Errorf("RomanValue(%q) = %d, want %d", in, got, want)
		}
	}
}
