package corpus

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// BenchmarkIngest ingests a synthetic corpus of $VANBAN_BENCH_N documents
// (default 2000) into a fresh data directory per round and reports
// documents per second. With -cpuprofile it shows where an ingest spends
// its time.
func BenchmarkIngest(b *testing.B) {
	n := 2000
	if s := os.Getenv("VANBAN_BENCH_N"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil {
			b.Fatalf("VANBAN_BENCH_N: %v", err)
		}
		n = v
	}
	src := b.TempDir()
	for i, d := range Synthesize(SynthOptions{N: n, Seed: 7}) {
		p := filepath.Join(src, fmt.Sprintf("%03d", i/1000), fmt.Sprintf("doc%06d.txt", i))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(d.Text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	docs := 0
	for i := 0; i < b.N; i++ {
		rep, err := Ingest(context.Background(), IngestOptions{Data: filepath.Join(b.TempDir(), "data"), Inputs: []string{src}})
		if err != nil {
			b.Fatal(err)
		}
		docs += rep.Documents
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
}
