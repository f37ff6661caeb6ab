package index_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/vanban/vanban/corpus"
	"github.com/vanban/vanban/extract"
	"github.com/vanban/vanban/index"
	"github.com/vanban/vanban/rules"
)

// BenchmarkPut indexes synthetic documents in batches of 250.
func BenchmarkPut(b *testing.B) {
	rs, err := rules.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	x := extract.New(rs)
	syn := corpus.Synthesize(corpus.SynthOptions{N: 2000, Seed: 3})
	entries := make([]index.Entry, len(syn))
	var size int64
	for i, s := range syn {
		d := x.Extract(extract.Input{Text: s.Text})
		d.ID = fmt.Sprintf("%s-%d", d.ID, i)
		entries[i] = index.Entry{Doc: d, Text: s.Text}
		size += int64(len(s.Text))
	}
	idx, err := index.Open(filepath.Join(b.TempDir(), "idx"), index.Options{Rules: rs})
	if err != nil {
		b.Fatal(err)
	}
	defer idx.Close()
	b.SetBytes(size / int64(len(entries)) * 250)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		j := (i * 250) % len(entries)
		if err := idx.Put(context.Background(), entries[j:j+250]); err != nil {
			b.Fatal(err)
		}
	}
}
