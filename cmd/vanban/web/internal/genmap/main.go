// Command genmap simplifies the 34 province outlines of 2025 (GeoJSON)
// with Douglas–Peucker and writes them as SVG paths, with the pre-2025
// provinces merged into each, for the compare page's map.
//
//	go run ./cmd/vanban/web/internal/genmap -geo ../shared/data/geo/provinces-2025 \
//	    -merges ../shared/data/gazetteer/merges-2025.json -o cmd/vanban/web/static/provinces.json
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Province is one outline as the web package reads it.
type Province struct {
	Code string   `json:"code"`
	Name string   `json:"name"`
	Old  []string `json:"old"` // provinces before 1 July 2025 merged into it
	D    string   `json:"d"`   // SVG path in a Width×Height box
	X    float64  `json:"x"`   // label point
	Y    float64  `json:"y"`
}

// Map is the generated file.
type Map struct {
	Width     float64    `json:"width"`
	Height    float64    `json:"height"`
	Provinces []Province `json:"provinces"`
}

type feature struct {
	Properties struct {
		Code string `json:"code"`
		Name string `json:"name"`
	} `json:"properties"`
	Geometry struct {
		Type        string          `json:"type"`
		Coordinates json.RawMessage `json:"coordinates"`
	} `json:"geometry"`
}

type pt struct{ x, y float64 }

func main() {
	geo := flag.String("geo", "", "folder of province GeoJSON files")
	merges := flag.String("merges", "", "merges-2025.json")
	out := flag.String("o", "provinces.json", "output")
	tol := flag.Float64("tol", 0.02, "Douglas–Peucker tolerance in degrees")
	width := flag.Float64("width", 360, "SVG width")
	maxLon := flag.Float64("maxlon", 110, "drop rings east of this longitude (offshore archipelagos would shrink the mainland)")
	flag.Parse()
	if err := run(*geo, *merges, *out, *tol, *width, *maxLon); err != nil {
		slog.Error("genmap", "err", err)
		os.Exit(1)
	}
}

func run(geo, merges, out string, tol, width, maxLon float64) error {
	files, err := filepath.Glob(filepath.Join(geo, "*.geojson"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no GeoJSON in %s: %v", geo, err)
	}
	old, err := readMerges(merges)
	if err != nil {
		return err
	}
	type prov struct {
		code, name string
		rings      [][]pt
	}
	var provs []prov
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("read %s: %w", f, err)
		}
		var fc struct{ Features []feature }
		if err := json.Unmarshal(b, &fc); err != nil {
			return fmt.Errorf("parse %s: %w", f, err)
		}
		for _, ft := range fc.Features {
			var polys [][][][2]float64
			switch ft.Geometry.Type {
			case "Polygon":
				var p [][][2]float64
				if err := json.Unmarshal(ft.Geometry.Coordinates, &p); err != nil {
					return fmt.Errorf("parse %s: %w", f, err)
				}
				polys = [][][][2]float64{p}
			case "MultiPolygon":
				if err := json.Unmarshal(ft.Geometry.Coordinates, &polys); err != nil {
					return fmt.Errorf("parse %s: %w", f, err)
				}
			}
			p := prov{code: ft.Properties.Code, name: ft.Properties.Name}
			for _, poly := range polys {
				if len(poly) == 0 {
					continue
				}
				ring := make([]pt, len(poly[0])) // outer ring only
				for i, c := range poly[0] {
					ring[i] = pt{c[0], c[1]}
				}
				ring = simplify(ring, tol)
				if len(ring) < 4 || area(ring) < tol*tol*4 {
					continue // islets smaller than the tolerance
				}
				if cx, _ := centroid(ring); cx > maxLon {
					continue
				}
				for _, q := range ring {
					minX, maxX = math.Min(minX, q.x), math.Max(maxX, q.x)
					minY, maxY = math.Min(minY, q.y), math.Max(maxY, q.y)
				}
				p.rings = append(p.rings, ring)
			}
			provs = append(provs, p)
		}
	}
	k := math.Cos((minY + maxY) / 2 * math.Pi / 180)
	scale := width / ((maxX - minX) * k)
	m := Map{Width: width, Height: math.Ceil((maxY - minY) * scale)}
	for _, p := range provs {
		var sb strings.Builder
		var cx, cy, best float64
		for _, r := range p.rings {
			for i, q := range r {
				x, y := (q.x-minX)*k*scale, (maxY-q.y)*scale
				if i == 0 {
					sb.WriteByte('M')
				} else {
					sb.WriteByte('L')
				}
				sb.WriteString(strconv.FormatFloat(x, 'f', 1, 64) + "," + strconv.FormatFloat(y, 'f', 1, 64))
			}
			sb.WriteByte('Z')
			if a := area(r); a > best {
				best = a
				cx, cy = centroid(r)
				cx, cy = (cx-minX)*k*scale, (maxY-cy)*scale
			}
		}
		m.Provinces = append(m.Provinces, Province{Code: p.code, Name: p.name, Old: old[p.code], D: sb.String(),
			X: math.Round(cx*10) / 10, Y: math.Round(cy*10) / 10})
	}
	sort.Slice(m.Provinces, func(i, j int) bool { return m.Provinces[i].Code < m.Provinces[j].Code })
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	slog.Info("genmap", "provinces", len(m.Provinces), "bytes", len(b))
	return nil
}

// readMerges maps a 2025 province code to the short names of the
// provinces merged into it.
func readMerges(path string) (map[string][]string, error) {
	out := map[string][]string{}
	if path == "" {
		return out, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	var m struct {
		Data []struct {
			ID     string `json:"level1_id"`
			Merges []struct {
				Name string `json:"name"`
			} `json:"merges"`
		} `json:"data"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	for _, d := range m.Data {
		for _, o := range d.Merges {
			n := o.Name
			for _, p := range []string{"Thành phố ", "Tỉnh "} {
				n = strings.TrimPrefix(n, p)
			}
			out[d.ID] = append(out[d.ID], n)
		}
	}
	return out, nil
}

// simplify is Douglas–Peucker on a ring.
func simplify(r []pt, tol float64) []pt {
	if len(r) < 3 {
		return r
	}
	keep := make([]bool, len(r))
	keep[0], keep[len(r)-1] = true, true
	type span struct{ a, b int }
	stack := []span{{0, len(r) - 1}}
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		far, fi := 0.0, -1
		for i := s.a + 1; i < s.b; i++ {
			if d := segDist(r[i], r[s.a], r[s.b]); d > far {
				far, fi = d, i
			}
		}
		if fi >= 0 && far > tol {
			keep[fi] = true
			stack = append(stack, span{s.a, fi}, span{fi, s.b})
		}
	}
	out := r[:0:0]
	for i, k := range keep {
		if k {
			out = append(out, r[i])
		}
	}
	return out
}

func segDist(p, a, b pt) float64 {
	dx, dy := b.x-a.x, b.y-a.y
	l := dx*dx + dy*dy
	if l == 0 {
		return math.Hypot(p.x-a.x, p.y-a.y)
	}
	t := math.Max(0, math.Min(1, ((p.x-a.x)*dx+(p.y-a.y)*dy)/l))
	return math.Hypot(p.x-a.x-t*dx, p.y-a.y-t*dy)
}

func area(r []pt) float64 {
	s := 0.0
	for i := range r {
		j := (i + 1) % len(r)
		s += r[i].x*r[j].y - r[j].x*r[i].y
	}
	return math.Abs(s) / 2
}

func centroid(r []pt) (float64, float64) {
	var x, y float64
	for _, q := range r {
		x += q.x
		y += q.y
	}
	return x / float64(len(r)), y / float64(len(r))
}
