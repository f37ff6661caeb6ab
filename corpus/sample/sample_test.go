package sample

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWriteTo(t *testing.T) {
	names, err := Names()
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 5 {
		t.Fatalf("sample corpus has %d files, want the five seeds at least", len(names))
	}
	dir := t.TempDir()
	paths, err := WriteTo(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil || st.Size() == 0 {
			t.Fatalf("%s: %v (empty or missing)", p, err)
		}
		if filepath.Dir(p) != dir {
			t.Fatalf("%s written outside %s", p, dir)
		}
	}
}
