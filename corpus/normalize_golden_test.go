package corpus

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var normUpdate = flag.Bool("update", false, "rewrite the golden normalized text of the seeds (../testdata/golden/text)")

// TestNormalizeSeedsGolden reads every seed through Read (decoding and
// normalization) and compares the text with ../testdata/golden/text/<seed>.
// Run with -update to rewrite the golden files after a deliberate change,
// then review the diff.
func TestNormalizeSeedsGolden(t *testing.T) {
	seeds, _ := filepath.Glob("../testdata/seeds/*.txt")
	if len(seeds) == 0 {
		t.Fatal("no seeds in ../testdata/seeds")
	}
	dir := filepath.Join("..", "testdata", "golden", "text")
	if *normUpdate {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range seeds {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Read(t.Context(), p, data, Options{})
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		golden := filepath.Join(dir, filepath.Base(p))
		if *normUpdate {
			if err := os.WriteFile(golden, []byte(got.Text+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%s: %v (run go test ./corpus -run SeedsGolden -update)", p, err)
		}
		if got.Text+"\n" != string(want) {
			t.Errorf("%s: normalized text differs from %s (first difference at line %d); run with -update and review the diff",
				p, golden, normFirstDiff(got.Text+"\n", string(want)))
		}
		if got.Encoding != EncUTF8 {
			t.Errorf("%s: encoding %s, want %s", p, got.Encoding, EncUTF8)
		}
		// what the seeds are known for is gone
		for _, bad := range []string{"**", "##", "---|", "*Chuẩn*", "W*", "\u00a0", "\r", "  "} {
			if strings.Contains(got.Text, bad) {
				t.Errorf("%s: normalized text still holds %q", p, bad)
			}
		}
	}
}

func normFirstDiff(a, b string) int {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return i + 1
		}
	}
	return min(len(la), len(lb)) + 1
}
