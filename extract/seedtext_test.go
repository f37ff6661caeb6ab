package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// seedTexts returns the raw text of every seed; it fails without seeds.
func seedTexts(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil {
		tb.Fatal(err)
	}
	if len(files) == 0 {
		tb.Fatal("no seeds in ../testdata/seeds")
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}
