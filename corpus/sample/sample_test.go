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

// TestSeedsCurrent keeps the sample's copies of the seeds equal to
// testdata/seeds, so vanban serve shows what the tests check.
func TestSeedsCurrent(t *testing.T) {
	seeds, _ := filepath.Glob("../../testdata/seeds/*.txt")
	if len(seeds) == 0 {
		t.Fatal("no seeds in testdata/seeds")
	}
	for _, p := range seeds {
		want, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		got, err := files.ReadFile("files/" + filepath.Base(p))
		if err != nil {
			t.Fatalf("seed %s missing from the sample corpus: %v", filepath.Base(p), err)
		}
		if string(got) != string(want) {
			t.Errorf("sample copy of %s differs from testdata/seeds: copy it again", filepath.Base(p))
		}
	}
}
