// Command vanban-synth writes a synthetic corpus with known fields for scale
// tests, and measures query latency on an ingested data directory:
//
//	vanban-synth -n 10000 -out /tmp/synth        # files + truth.jsonl
//	vanban ingest --data /tmp/vd /tmp/synth
//	vanban-synth -query /tmp/vd -rounds 200      # p50/p99 per query kind
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sort"
	"syscall"
	"time"

	"github.com/vanban/vanban/corpus"
	"github.com/vanban/vanban/index"
)

func main() {
	n := flag.Int("n", 1000, "documents to write")
	out := flag.String("out", "", "folder to write the corpus to")
	seed := flag.Uint64("seed", 1, "random seed")
	data := flag.String("query", "", "data directory to measure query latency on")
	rounds := flag.Int("rounds", 200, "queries per kind")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the queries to this file")
	only := flag.String("kind", "", "measure only this query kind")
	flag.Parse()
	var err error
	switch {
	case *data != "":
		err = measure(*data, *rounds, *only, *cpuProfile)
	case *out != "":
		err = write(*out, *n, *seed)
	default:
		flag.Usage()
		os.Exit(2)
	}
	if err != nil {
		slog.Error("vanban-synth", "err", err)
		os.Exit(1)
	}
}

// write saves the documents as files in subfolders of 1000 and their fields
// in truth.jsonl beside them.
func write(dir string, n int, seed uint64) error {
	docs := corpus.Synthesize(corpus.SynthOptions{N: n, Seed: seed})
	truth, err := os.Create(filepath.Join(dir, "..", filepath.Base(dir)+".truth.jsonl"))
	if err != nil {
		return fmt.Errorf("write truth: %w", err)
	}
	defer truth.Close()
	enc := json.NewEncoder(truth)
	enc.SetEscapeHTML(false)
	for i, d := range docs {
		p := filepath.Join(dir, fmt.Sprintf("%03d", i/1000), fmt.Sprintf("doc%06d.txt", i))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return fmt.Errorf("write %s: %w", p, err)
		}
		if err := os.WriteFile(p, []byte(d.Text), 0o644); err != nil {
			return fmt.Errorf("write %s: %w", p, err)
		}
		d.Text = ""
		if err := enc.Encode(struct {
			Path string `json:"path"`
			corpus.SynthDoc
		}{p, d}); err != nil {
			return fmt.Errorf("write truth: %w", err)
		}
	}
	return nil
}

// measure runs each kind of query (or only the kind named) rounds times
// and prints p50 and p99, with a CPU profile of the queries when profile
// names a file.
func measure(data string, rounds int, only, profile string) error {
	x, err := index.Open(filepath.Join(data, "index"), index.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer x.Close()
	n, _ := x.Count()
	fmt.Printf("records: %d\n", n)
	words := []string{"học tập", "khuyến học", "hộ nghèo", "giáo dục", "kinh phí", "tuyên truyền", "môi trường", "nguồn nhân lực"}
	// Phrases of three and four syllables, an abbreviation among them.
	long := []string{"học tập suốt đời", "gia đình học tập", "xã hội học tập", "nguồn nhân lực", "Ủy ban nhân dân", "bảo vệ môi trường"}
	folded := []string{"hoc tap", "khuyen hoc", "ho ngheo", "giao duc", "kinh phi", "tuyen truyen", "moi truong", "nguon nhan luc"}
	kinds := []struct {
		name string
		req  func(i int) index.Request
	}{
		{"plain", func(i int) index.Request { return index.Request{Query: words[i%len(words)], Size: 10} }},
		{"phrase", func(i int) index.Request { return index.Request{Query: `"` + words[i%len(words)] + `"`, Size: 10} }},
		{"phrase-long", func(i int) index.Request { return index.Request{Query: `"` + long[i%len(long)] + `"`, Size: 10} }},
		{"folded", func(i int) index.Request { return index.Request{Query: folded[i%len(folded)], Size: 10} }},
		{"faceted", func(i int) index.Request {
			// A facet size of its own per round: no cached counts.
			return index.Request{Query: words[i%len(words)], Size: 10, Facets: index.FacetFields, FacetSize: 50 + i}
		}},
		{"faceted-cached", func(i int) index.Request {
			return index.Request{Query: words[i%len(words)], Size: 10, Facets: index.FacetFields, From: 10 * (i % 3)}
		}},
		{"faceted+filter", func(i int) index.Request {
			return index.Request{Query: folded[i%len(folded)], Size: 10, Facets: index.FacetFields, FacetSize: 50 + i,
				Filters: map[string][]string{"doc_type": {"Kế hoạch"}}}
		}},
		{"highlight", func(i int) index.Request {
			return index.Request{Query: words[i%len(words)], Size: 10, Highlight: true}
		}},
	}
	ctx := context.Background()
	// Wall time is the latency a user sees on an idle machine; the process
	// CPU time of each query tells the same on a machine shared with other
	// work (search runs on one goroutine).
	fmt.Println("wall and CPU time per query; 'cold' is the first query of its kind")
	if profile != "" {
		f, err := os.Create(profile)
		if err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	for _, k := range kinds {
		if only != "" && k.name != only {
			continue
		}
		lat := make([]time.Duration, 0, rounds)
		cpu := make([]time.Duration, 0, rounds)
		var total uint64
		for i := 0; i < rounds; i++ {
			c0 := cpuTime()
			t0 := time.Now()
			r, err := x.Search(ctx, k.req(i))
			if err != nil {
				return err
			}
			lat = append(lat, time.Since(t0))
			cpu = append(cpu, cpuTime()-c0)
			total += r.Total
		}
		cold := lat[0]
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		sort.Slice(cpu, func(i, j int) bool { return cpu[i] < cpu[j] })
		fmt.Printf("%-15s wall p50 %7.2f p99 %7.2f ms  cpu p50 %7.2f p99 %7.2f ms  cold %7.2f ms  (mean hits %d)\n", k.name,
			ms(lat[len(lat)/2]), ms(lat[len(lat)*99/100]), ms(cpu[len(cpu)/2]), ms(cpu[len(cpu)*99/100]), ms(cold), total/uint64(rounds))
	}
	return nil
}

// cpuTime returns the user and system time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func ms(d time.Duration) float64 { return float64(d) / 1e6 }
