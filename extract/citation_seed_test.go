package extract_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vanban/vanban/extract/vn"
)

// TestCitationSeedFields checks what the eval package does not score: the
// type and the issuer (issuer_contains) of every gold citation of the
// seeds, and the date-conflict warning of seed 001.
func TestCitationSeedFields(t *testing.T) {
	files, err := filepath.Glob("../testdata/gold/*.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no gold in ../testdata/gold")
	}
	docs := seedDocs(t)
	n, typeOK, issuerOK := 0, 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g struct {
			Citations []struct {
				ID, Type, Date string
				IssuerContains string `json:"issuer_contains"`
			} `json:"citations"`
		}
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		key := strings.TrimSuffix(filepath.Base(f), ".json")
		d, ok := docs[key]
		if !ok {
			t.Fatalf("no seed for %s", key)
		}
		for _, w := range g.Citations {
			n++
			for _, c := range d.Citations {
				if c.ID != w.ID {
					continue
				}
				if c.Type == w.Type {
					typeOK++
				} else {
					t.Errorf("%s %s: type %q, want %q", key, w.ID, c.Type, w.Type)
				}
				if strings.Contains(vn.Fold(c.Issuer), vn.Fold(w.IssuerContains)) {
					issuerOK++
				} else {
					t.Errorf("%s %s: issuer %q, want it to contain %q", key, w.ID, c.Issuer, w.IssuerContains)
				}
			}
		}
	}
	t.Logf("%d gold citations: type %d, issuer %d right", n, typeOK, issuerOK)
	warned := false
	for _, w := range docs["001_32bf2f8542cc42b2"].Warnings {
		warned = warned || w == "citation 11-CT/TW is dated both 2007-04-13 and 2017-04-13"
	}
	if !warned {
		t.Errorf("seed 001: no date-conflict warning for 11-CT/TW in %q", docs["001_32bf2f8542cc42b2"].Warnings)
	}
}
