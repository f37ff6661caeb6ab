package rules

import (
	"strings"
	"testing"
	"testing/fstest"
)

// FuzzGazKey checks that keys are idempotent and lookups never panic.
func FuzzGazKey(f *testing.F) {
	s, err := Builtin()
	if err != nil {
		f.Fatal(err)
	}
	for _, x := range []string{"Thanh Hoá", "Ea H’Leo", "TP.HCM", "Thừa Thiên - Huế", "\xff\xfe"} {
		f.Add(x)
	}
	f.Fuzz(func(t *testing.T, name string) {
		k := GazKey(name)
		if GazKey(k) != k {
			t.Errorf("GazKey not idempotent on %q: %q → %q", name, k, GazKey(k))
		}
		for _, u := range s.Gazetteer.Lookup(name) {
			if GazKey(u.Name) != k && u.Level != "" {
				// aliases map other keys to a unit; the unit must exist
				if _, ok := s.Gazetteer.Unit(u.Level, u.Code); !ok {
					t.Errorf("Lookup(%q) returned a unit not in the gazetteer: %+v", name, u)
				}
			}
		}
	})
}

// FuzzLoadTable loads an arbitrary issuers.tsv over the builtin rules: an
// error or a valid set, never a panic.
func FuzzLoadTable(f *testing.F) {
	base := fstest.MapFS{}
	entries, err := builtin.ReadDir("data")
	if err != nil {
		f.Fatal(err)
	}
	for _, e := range entries {
		b, err := builtin.ReadFile("data/" + e.Name())
		if err != nil {
			f.Fatal(err)
		}
		base[e.Name()] = &fstest.MapFile{Data: b}
	}
	f.Add("head\tlevel\tkind\tonly_parent\nSỞ\ttinh\tstate\t\n")
	f.Add("# c\n\nhead\n\t\t\t\t\t\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, content string) {
		fs := fstest.MapFS{}
		for k, v := range base {
			fs[k] = v
		}
		fs["issuers.tsv"] = &fstest.MapFile{Data: []byte(content)}
		set, err := Load(fs)
		if err == nil && set == nil {
			t.Fatal("nil set without an error")
		}
		if err != nil && !strings.Contains(err.Error(), "issuers.tsv") {
			t.Errorf("error does not name the file: %v", err)
		}
	})
}
