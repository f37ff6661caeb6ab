// Package sample embeds the built-in sample corpus that `vanban serve`
// ingests into an empty data directory: the seed documents of the test
// suite and a few small real documents.
package sample

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

//go:embed files
var files embed.FS

// Names returns the base names of the sample files, sorted.
func Names() ([]string, error) {
	ents, err := fs.ReadDir(files, "files")
	if err != nil {
		return nil, fmt.Errorf("sample corpus: %w", err)
	}
	out := make([]string, 0, len(ents))
	for _, e := range ents {
		if !e.IsDir() {
			out = append(out, e.Name())
		}
	}
	return out, nil
}

// WriteTo copies the sample files into dir (created when missing) and
// returns their paths.
func WriteTo(dir string) ([]string, error) {
	names, err := Names()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("sample corpus: %w", err)
	}
	paths := make([]string, 0, len(names))
	for _, n := range names {
		b, err := files.ReadFile("files/" + n)
		if err != nil {
			return nil, fmt.Errorf("sample corpus %s: %w", n, err)
		}
		p := filepath.Join(dir, n)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return nil, fmt.Errorf("sample corpus: write %s: %w", p, err)
		}
		paths = append(paths, p)
	}
	return paths, nil
}
