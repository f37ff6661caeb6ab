package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTextCommand runs `vanban text` on a seed and a broken file: the seed
// prints clean, the broken file is reported on stderr with its path, and the
// exit status says a file failed.
func TestTextCommand(t *testing.T) {
	seeds, _ := filepath.Glob("../../testdata/seeds/*.txt")
	if len(seeds) == 0 {
		t.Fatal("no seeds in ../../testdata/seeds")
	}
	bad := filepath.Join(t.TempDir(), "binary.txt")
	if err := os.WriteFile(bad, []byte("\x00\x01\x02\x03garbage\x00\x00\x00\x00\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	err := run(context.Background(), []string{"text", seeds[0], bad}, &out, &errb)
	if !errors.Is(err, errFailed) {
		t.Fatalf("run: %v, want errFailed", err)
	}
	text := out.String()
	if !strings.HasPrefix(text, "==> "+seeds[0]+" (txt, utf-8) <==\n") {
		t.Errorf("no header for the seed: %q", text[:min(len(text), 120)])
	}
	for _, junk := range []string{"**", "\r", "\u00a0", "  "} {
		if strings.Contains(text, junk) {
			t.Errorf("printed text holds %q", junk)
		}
	}
	if !strings.Contains(errb.String(), bad) || !strings.Contains(errb.String(), "undecodable") {
		t.Errorf("stderr does not report %s as undecodable: %q", bad, errb.String())
	}
}
