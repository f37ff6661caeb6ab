package web

import (
	"context"
	"fmt"
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/vanban/vanban/corpus"
	"github.com/vanban/vanban/rules"
)

// benchServer serves $VANBAN_BENCH_DATA (an ingested data directory, such
// as one of `vanban-synth -n 100000` documents) or, without it, a fresh
// synthetic corpus of $VANBAN_BENCH_N documents (default 500).
func benchServer(b *testing.B) *Server {
	b.Helper()
	dir := os.Getenv("VANBAN_BENCH_DATA")
	if dir == "" {
		n := 500
		if s := os.Getenv("VANBAN_BENCH_N"); s != "" {
			n, _ = strconv.Atoi(s)
		}
		dir = b.TempDir()
		src := filepath.Join(b.TempDir(), "in")
		if err := os.MkdirAll(src, 0o755); err != nil {
			b.Fatal(err)
		}
		for i, d := range corpus.Synthesize(corpus.SynthOptions{N: n, Seed: 7}) {
			if err := os.WriteFile(filepath.Join(src, fmt.Sprintf("d%06d.txt", i)), []byte(d.Text), 0o644); err != nil {
				b.Fatal(err)
			}
		}
		rs, err := rules.LoadDir("")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := corpus.Ingest(context.Background(), corpus.IngestOptions{Data: dir, Inputs: []string{src}, Rules: rs}); err != nil {
			b.Fatal(err)
		}
	}
	s, err := New(Config{Data: dir})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// benchURLs are the pages and API calls a researcher's session makes.
var benchURLs = []struct{ name, url string }{
	{"home-page", "/"},
	{"search-page", "/?q=h%E1%BB%8Dc+t%E1%BA%ADp+su%E1%BB%91t+%C4%91%E1%BB%9Di"},
	{"search-facet", "/?q=khuy%E1%BA%BFn+h%E1%BB%8Dc&province_2025=Thanh+H%C3%B3a"},
	{"api-search", "/api/search?q=gia+%C4%91%C3%ACnh+h%E1%BB%8Dc+t%E1%BA%ADp&size=20"},
	{"api-facets", "/api/facets"},
	{"compare-page", "/compare"},
	{"api-targets", "/api/targets?indicator=gia+dinh+hoc+tap&year=2025&by=province_2025"},
	{"cites-page", "/cites/1373/Q%C4%90-TTg"},
	{"api-cites", "/api/cites/1373/Q%C4%90-TTg"},
}

// BenchmarkPages measures each page and API call; p50 and p99 latencies
// are reported beside ns/op, and first-ms, the first request's latency:
// the corpus facets and target years are counted once per opened index,
// so later requests find them ready.
func BenchmarkPages(b *testing.B) {
	s := benchServer(b)
	ids := benchDocIDs(b, s)
	urls := append(benchURLs[:len(benchURLs):len(benchURLs)], struct{ name, url string }{"doc-page", "/doc/" + ids[0]},
		struct{ name, url string }{"api-doc", "/api/docs/" + ids[0]})
	firsts := map[string]time.Duration{}
	for _, u := range urls {
		b.Run(u.name, func(b *testing.B) {
			lat := make([]time.Duration, 0, b.N)
			b.ReportAllocs()
			var bytes int64
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				rec := httptest.NewRecorder()
				s.ServeHTTP(rec, httptest.NewRequest("GET", u.url, nil))
				lat = append(lat, time.Since(t0))
				if _, ok := firsts[u.name]; !ok {
					firsts[u.name] = lat[0] // with empty caches
				}
				if rec.Code != 200 {
					b.Fatalf("GET %s = %d: %.200s", u.url, rec.Code, rec.Body.String())
				}
				bytes = int64(rec.Body.Len())
			}
			b.SetBytes(bytes)
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
			b.ReportMetric(float64(firsts[u.name].Microseconds())/1000, "first-ms")
		})
	}
}

// benchDocIDs returns the ids of a search's hits.
func benchDocIDs(b *testing.B, s *Server) []string {
	b.Helper()
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", "/api/search?q=h%E1%BB%8Dc&size=5", nil))
	body, _ := io.ReadAll(rec.Body)
	var ids []string
	for _, m := range docIDInJSON.FindAllSubmatch(body, -1) {
		ids = append(ids, string(m[1]))
	}
	if len(ids) == 0 {
		b.Fatalf("no hits to open: %.300s", body)
	}
	return ids
}

var docIDInJSON = regexp.MustCompile(`"id":"([0-9a-f]{8,64})"`)
