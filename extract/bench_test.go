package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/vanban/vanban/extract"
	"github.com/vanban/vanban/rules"
)

// BenchmarkExtract runs the whole extractor (header, citations, targets,
// agencies, sections) over the seeds: MB/s of text and docs/s per core.
func BenchmarkExtract(b *testing.B) {
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no seeds in ../testdata/seeds (%v)", err)
	}
	var texts []string
	var size int64
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += int64(len(data))
	}
	rs, err := rules.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	x := extract.New(rs)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, s := range texts {
			x.Extract(extract.Input{Text: s})
		}
	}
	b.ReportMetric(float64(b.N*len(texts))/b.Elapsed().Seconds(), "docs/s")
}
