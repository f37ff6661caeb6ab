package index

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"testing"

	"github.com/vanban/vanban/extract"
)

// benchIndex builds an index of n synthetic plans: a central decision,
// provincial plans implementing it, district plans citing those; each
// with one target. VANBAN_BENCH_N overrides n.
func benchIndex(b *testing.B, n int) *Index {
	b.Helper()
	if s := os.Getenv("VANBAN_BENCH_N"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	dir := b.TempDir()
	x, err := Open(dir, Options{})
	if err != nil {
		b.Fatal(err)
	}
	provs := []string{"Thanh Hóa", "Nghệ An", "Gia Lai", "Long An", "Bình Dương", "Cà Mau", "Lào Cai", "Huế"}
	var batch []Entry
	for i := 0; i < n; i++ {
		p := provs[i%len(provs)]
		num := fmt.Sprintf("%d/KH-UBND", i)
		cite := extract.Citation{ID: "1373/QĐ-TTg", Date: "2021-07-30", Relation: extract.RelImplement}
		level, loc := extract.LevelProvince, ""
		if i >= len(provs) {
			parent := i % len(provs)
			cite = extract.Citation{ID: fmt.Sprintf("%d/KH-UBND", parent), Date: "2021-10-01", Relation: extract.RelImplement}
			level, loc = extract.LevelDistrict, "Huyện "+strconv.Itoa(i)
		}
		y := 2025 + i%2*5
		d := extract.Document{ID: fmt.Sprintf("%016x", i), DocType: "Kế hoạch", Title: "Xây dựng xã hội học tập",
			Number:    &extract.Number{Text: num, Num: strconv.Itoa(i), Symbol: "KH-UBND"},
			Issued:    extract.Issued{Date: fmt.Sprintf("202%d-%02d-%02d", 1+i%4, 1+i%12, 1+i%28)},
			Issuer:    extract.Issuer{Name: "Ủy ban nhân dân " + p, Level: level, Province: p, Province2025: p, District: loc},
			Citations: []extract.Citation{cite},
			Targets: []extract.Target{{Indicator: "công dân học tập", Key: "cong_dan_hoc_tap", Value: float64(40 + i%60),
				Unit: "%", Op: ">=", Year: &y}}}
		d.Normalize()
		batch = append(batch, Entry{Doc: d, Text: "Kế hoạch xây dựng xã hội học tập " + p})
		if len(batch) == 2000 || i == n-1 {
			if err := x.Put(context.Background(), batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	// Reopen read-only, as vanban targets and serve do: the searches
	// measured do not compete with the merges of the build.
	if err := x.Close(); err != nil {
		b.Fatal(err)
	}
	if x, err = Open(dir, Options{ReadOnly: true}); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { x.Close() })
	return x
}

func BenchmarkTargetsAggregate(b *testing.B) {
	x := benchIndex(b, 5000)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rows, err := LoadTargets(ctx, x, "cong_dan_hoc_tap", 2025, "")
		if err != nil || len(rows) == 0 {
			b.Fatal(err, len(rows))
		}
		Aggregate(rows, ByProvince2025)
	}
}

func BenchmarkCascade(b *testing.B) {
	x := benchIndex(b, 5000)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		root, err := Cascade(ctx, x, "1373/QĐ-TTg", CascadeOptions{Depth: 3})
		if err != nil || len(root.Children) == 0 {
			b.Fatal(err)
		}
	}
}
