package extract

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vanban/vanban/extract/vn"
	"github.com/vanban/vanban/rules"
)

// citeWant is one hand-labelled citation of a fixture (NAME.want: id, type,
// date, issuer substring, relation; tab-separated).
type citeWant struct{ id, typ, date, issuer, rel string }

func citeReadWant(t *testing.T, path string) []citeWant {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []citeWant
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if sc.Text() == "" || strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		fs := strings.Split(sc.Text(), "\t")
		for len(fs) < 5 {
			fs = append(fs, "")
		}
		out = append(out, citeWant{fs[0], fs[1], fs[2], fs[3], fs[4]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestCitationRealDocs extracts the real documents of testdata/cite (Lào
// Cai's Sở Công Thương, Ủy ban nhân dân tỉnh and the Government, 2025–2026:
// docx text, see testdata/header/README.md) and scores their citations
// against labels written by reading each document: id F1, and date, type,
// issuer and relation accuracy over the ids found.
func TestCitationRealDocs(t *testing.T) {
	files, err := filepath.Glob("testdata/cite/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no fixtures in testdata/cite")
	}
	rs, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	x := New(rs)
	var tp, fp, fn, dOK, dN, tOK, iOK, iN, rOK int
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want := citeReadWant(t, strings.TrimSuffix(f, ".txt")+".want")
		d := x.Extract(Input{Text: string(b)})
		got := map[string]Citation{}
		for _, c := range d.Citations {
			got[c.ID] = c
		}
		seen := map[string]bool{}
		for _, w := range want {
			seen[w.id] = true
			c, ok := got[w.id]
			if !ok {
				fn++
				t.Logf("%s: missing %s", filepath.Base(f), w.id)
				continue
			}
			tp++
			if w.date != "" {
				dN++
				if c.Date == w.date {
					dOK++
				} else {
					t.Logf("%s: %s dated %q, want %q", filepath.Base(f), w.id, c.Date, w.date)
				}
			}
			if c.Type == w.typ {
				tOK++
			} else {
				t.Logf("%s: %s type %q, want %q", filepath.Base(f), w.id, c.Type, w.typ)
			}
			if w.issuer != "" {
				iN++
				if strings.Contains(vn.Fold(c.Issuer), vn.Fold(w.issuer)) {
					iOK++
				} else {
					t.Logf("%s: %s issuer %q, want %q", filepath.Base(f), w.id, c.Issuer, w.issuer)
				}
			}
			if c.Relation == w.rel {
				rOK++
			} else {
				t.Logf("%s: %s relation %q, want %q", filepath.Base(f), w.id, c.Relation, w.rel)
			}
		}
		for _, c := range d.Citations {
			if !seen[c.ID] {
				fp++
				t.Logf("%s: extra %s", filepath.Base(f), c.ID)
			}
		}
	}
	p := float64(tp) / float64(tp+fp)
	r := float64(tp) / float64(tp+fn)
	f1 := 2 * p * r / (p + r)
	ratio := func(a, b int) float64 { return float64(a) / float64(b) }
	t.Logf("citations: %d found, %d extra, %d missed: P %.3f R %.3f F1 %.3f", tp, fp, fn, p, r, f1)
	t.Logf("date %.3f (%d/%d), type %.3f, issuer %.3f (%d/%d), relation %.3f",
		ratio(dOK, dN), dOK, dN, ratio(tOK, tp), ratio(iOK, iN), iOK, iN, ratio(rOK, tp))
	if f1 < 0.95 {
		t.Errorf("citation id F1 %.3f < 0.95", f1)
	}
	if ratio(dOK, dN) < 0.9 || ratio(tOK, tp) < 0.95 || ratio(iOK, iN) < 0.9 || ratio(rOK, tp) < 0.85 {
		t.Errorf("date %.3f, type %.3f, issuer %.3f or relation %.3f below 0.9/0.95/0.9/0.85",
			ratio(dOK, dN), ratio(tOK, tp), ratio(iOK, iN), ratio(rOK, tp))
	}
}
