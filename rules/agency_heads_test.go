package rules

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestAgencyHeadsRejects overrides agency_heads.tsv or agency_words.tsv with broken tables and
// checks that Load names the file and line.
func TestAgencyHeadsRejects(t *testing.T) {
	tests := []struct{ file, content, want string }{
		{"agency_heads.tsv", "head\tkind\nSở\topens\nsở\topens\n", "agency_heads.tsv:3"},          // duplicate, case aside
		{"agency_heads.tsv", "head\tkind\nSở\tmaybe\n", "agency_heads.tsv:2"},                     // bad kind
		{"agency_heads.tsv", "head\tkind\nphòng\topens\n", "agency_heads.tsv:2"},                  // not capitalized
		{"agency_heads.tsv", "head\tkind\nSở\topens\nBộ  Chỉ huy\twhole\n", "agency_heads.tsv:3"}, // double space
		{"agency_words.tsv", "words\tkind\nchu\tstop\nchu\tstop\n", "agency_words.tsv:3"},
		{"agency_words.tsv", "words\tkind\nmôi trường\tstop\n", "agency_words.tsv:2"},
		{"agency_words.tsv", "words\tkind\nkinh\tcompound\n", "agency_words.tsv:2"},
		{"agency_words.tsv", "words\tkind\nChủ\tstop\n", "agency_words.tsv:2"},
		{"agency_words.tsv", "words\tkind\nchu\tverb\n", "agency_words.tsv:2"},
	}
	for _, tt := range tests {
		fsys := fstest.MapFS{}
		entries, err := builtin.ReadDir("data")
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			b, err := builtin.ReadFile("data/" + e.Name())
			if err != nil {
				t.Fatal(err)
			}
			fsys[e.Name()] = &fstest.MapFile{Data: b}
		}
		fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.content)}
		_, err = Load(fsys)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %v, want one at %s", tt.content, err, tt.want)
		}
	}
}

// TestAgencyHeadsBuiltin checks the builtin heads include the openings
// every plan uses, complete ones among them.
func TestAgencyHeadsBuiltin(t *testing.T) {
	s, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, h := range s.AgencyHeads {
		got[h.Head] = h.Complete
	}
	for head, complete := range map[string]bool{"Sở": false, "Phòng": false, "Ủy ban nhân dân": true, "Công an": true, "Bảo hiểm xã hội": true, "Trung tâm": false} {
		c, ok := got[head]
		if !ok || c != complete {
			t.Errorf("head %q: present %v complete %v, want complete %v", head, ok, c, complete)
		}
	}
}
