package rules

import (
	"fmt"
	"strings"

	"github.com/vanban/vanban/extract/vn"
)

// The gazetteer is generated from ../shared/data/gazetteer (see SOURCES.md).
//go:generate go run ./internal/gengazetteer -src ../../shared/data/gazetteer -out data/gazetteer.tsv

// Gazetteer levels, as in the level column of gazetteer.tsv.
const (
	GazProvince     = "tinh"     // province before 1 July 2025
	GazDistrict     = "huyen"    // district before 1 July 2025
	GazCommune      = "xa"       // commune, ward or town before 1 July 2025
	GazProvince2025 = "tinh2025" // one of the 34 provinces since 1 July 2025
	GazCommune2025  = "xa2025"   // commune, ward or special zone since 1 July 2025
	GazAlias        = "alias"    // another name of a unit (type column = its level)
)

// Unit is one administrative unit of the gazetteer.
type Unit struct {
	Level  string // GazProvince … GazCommune2025
	Code   string // official code: "38" (Thanh Hóa), "00004"
	Type   string // unit type, lower case: "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu"
	Name   string // name without the type: "Cẩm Thành"
	Parent string // code of the enclosing unit, "" for provinces
	New    string // for pre-2025 units: code of the 2025 unit it became part of, when known
}

// Gazetteer holds the administrative units before and after 1 July 2025 and
// the mapping between them. Names are looked up folded (accents, case and
// tone-mark style do not matter). It is immutable once loaded.
type Gazetteer struct {
	units  []Unit
	byCode map[string]int   // level + "\x00" + code → index
	byName map[string][]int // GazKey(name) → indexes
	lines  []int
	bad    []error          // alias rows that name no unit
	prev   map[string][]int // level2025 + "\x00" + code → pre-2025 units that became part of it
}

// GazKey is the lookup key of a place name: folded, with punctuation dropped
// and spaces collapsed, so "Thanh Hoá", "THANH HÓA" and "Thanh  Hóa" agree.
func GazKey(name string) string {
	f := vn.Fold(strings.ReplaceAll(name, "’", "'"))
	var b strings.Builder
	b.Grow(len(f))
	space := false
	for i := 0; i < len(f); i++ {
		c := f[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(c)
		case c == '\'':
			// "Ea H'Leo" = "Ea HLeo"
		default:
			space = true
		}
	}
	return b.String()
}

func parseGazetteer(s *Set, t *Table) error {
	g := &Gazetteer{byCode: map[string]int{}, byName: map[string][]int{}}
	var aliases []Row
	for _, r := range t.Rows {
		u := Unit{Level: r.Get("level"), Code: r.Get("code"), Type: r.Get("type"), Name: r.Get("name"), Parent: r.Get("parent"), New: r.Get("new")}
		if u.Level == GazAlias {
			aliases = append(aliases, r)
			continue
		}
		i := len(g.units)
		g.units = append(g.units, u)
		g.lines = append(g.lines, r.Line)
		g.byCode[u.Level+"\x00"+u.Code] = i
		k := GazKey(u.Name)
		g.byName[k] = append(g.byName[k], i)
	}
	g.prev = map[string][]int{}
	for i, u := range g.units {
		switch {
		case u.Level == GazProvince && u.New != "":
			k := GazProvince2025 + "\x00" + u.New
			g.prev[k] = append(g.prev[k], i)
		case u.Level == GazCommune && u.New != "":
			k := GazCommune2025 + "\x00" + u.New
			g.prev[k] = append(g.prev[k], i)
		}
	}
	for _, r := range aliases {
		i, ok := g.byCode[r.Get("type")+"\x00"+r.Get("code")]
		if !ok {
			g.bad = append(g.bad, r.Errorf("alias %q: no %s unit with code %q", r.Get("name"), r.Get("type"), r.Get("code")))
			continue
		}
		k := GazKey(r.Get("name"))
		g.byName[k] = append(g.byName[k], i)
	}
	s.Gazetteer = g
	return nil
}

func validateGazetteer(s *Set) []error {
	g := s.Gazetteer
	if g == nil || len(g.units) == 0 {
		return []error{fmt.Errorf("gazetteer.tsv: no units")}
	}
	errs := append([]error(nil), g.bad...)
	parentLevel := map[string]string{GazDistrict: GazProvince, GazCommune: GazDistrict, GazCommune2025: GazProvince2025}
	newLevel := map[string]string{GazProvince: GazProvince2025, GazCommune: GazCommune2025}
	for i, u := range g.units {
		line := g.lines[i]
		if u.Code == "" || u.Name == "" || u.Type == "" {
			errs = append(errs, fmt.Errorf("gazetteer.tsv:%d: code, type and name are required", line))
		}
		pl, hasParent := parentLevel[u.Level]
		switch {
		case u.Level == GazProvince || u.Level == GazProvince2025:
		case hasParent:
			if _, ok := g.byCode[pl+"\x00"+u.Parent]; !ok {
				errs = append(errs, fmt.Errorf("gazetteer.tsv:%d: parent %s %q not found", line, pl, u.Parent))
			}
		default:
			errs = append(errs, fmt.Errorf("gazetteer.tsv:%d: unknown level %q", line, u.Level))
		}
		if nl, ok := newLevel[u.Level]; ok && u.New != "" {
			if _, ok := g.byCode[nl+"\x00"+u.New]; !ok {
				errs = append(errs, fmt.Errorf("gazetteer.tsv:%d: new unit %s %q not found", line, nl, u.New))
			}
		}
		if len(errs) > 20 {
			return append(errs, fmt.Errorf("gazetteer.tsv: too many errors"))
		}
	}
	return errs
}

// Lookup returns the units whose name matches name (folded, see GazKey), at
// any of the given levels (all levels when none is given), in file order.
func (g *Gazetteer) Lookup(name string, levels ...string) []Unit {
	if g == nil {
		return nil
	}
	return g.LookupKey(GazKey(name), levels...)
}

// LookupKey is Lookup with a key already made by GazKey.
func (g *Gazetteer) LookupKey(key string, levels ...string) []Unit {
	if g == nil {
		return nil
	}
	var out []Unit
	for _, i := range g.byName[key] {
		u := g.units[i]
		if len(levels) == 0 {
			out = append(out, u)
			continue
		}
		for _, l := range levels {
			if u.Level == l {
				out = append(out, u)
				break
			}
		}
	}
	return out
}

// Unit returns the unit with the given level and code.
func (g *Gazetteer) Unit(level, code string) (Unit, bool) {
	if g == nil {
		return Unit{}, false
	}
	i, ok := g.byCode[level+"\x00"+code]
	if !ok {
		return Unit{}, false
	}
	return g.units[i], true
}

// Parent returns the enclosing unit of u: district of a commune, province of
// a district or of a 2025 commune.
func (g *Gazetteer) Parent(u Unit) (Unit, bool) {
	switch u.Level {
	case GazCommune:
		return g.Unit(GazDistrict, u.Parent)
	case GazDistrict:
		return g.Unit(GazProvince, u.Parent)
	case GazCommune2025:
		return g.Unit(GazProvince2025, u.Parent)
	}
	return Unit{}, false
}

// Province returns the province of u (u itself when it is one), before or
// after 2025 according to u's level.
func (g *Gazetteer) Province(u Unit) (Unit, bool) {
	for i := 0; i < 3; i++ {
		if u.Level == GazProvince || u.Level == GazProvince2025 {
			return u, true
		}
		p, ok := g.Parent(u)
		if !ok {
			return Unit{}, false
		}
		u = p
	}
	return Unit{}, false
}

// Province2025 returns the 2025 province a unit belongs to: for a pre-2025
// unit the province its province merged into, for a 2025 unit its province.
func (g *Gazetteer) Province2025(u Unit) (Unit, bool) {
	p, ok := g.Province(u)
	if !ok {
		return Unit{}, false
	}
	if p.Level == GazProvince2025 {
		return p, true
	}
	return g.Unit(GazProvince2025, p.New)
}

// Successor returns the 2025 unit a pre-2025 province or commune became part
// of.
func (g *Gazetteer) Successor(u Unit) (Unit, bool) {
	switch u.Level {
	case GazProvince:
		return g.Unit(GazProvince2025, u.New)
	case GazCommune:
		return g.Unit(GazCommune2025, u.New)
	}
	return Unit{}, false
}

// Within reports whether u lies inside (or is) the unit anc.
func (g *Gazetteer) Within(u, anc Unit) bool {
	for i := 0; i < 3; i++ {
		if u.Level == anc.Level && u.Code == anc.Code {
			return true
		}
		p, ok := g.Parent(u)
		if !ok {
			return false
		}
		u = p
	}
	return false
}

// Units returns all units of a level, in file order.
func (g *Gazetteer) Units(level string) []Unit {
	if g == nil {
		return nil
	}
	var out []Unit
	for _, u := range g.units {
		if u.Level == level {
			out = append(out, u)
		}
	}
	return out
}

// Provinces2025 returns the 34 provinces in force since 1 July 2025.
func (g *Gazetteer) Provinces2025() []Unit { return g.Units(GazProvince2025) }

// Provinces returns the 63 provinces before 1 July 2025.
func (g *Gazetteer) Provinces() []Unit { return g.Units(GazProvince) }

// Province2025Of maps a province name, before or after the reform, to the
// name of the 2025 province it belongs to: "Ninh Thuận" → "Khánh Hòa",
// "Bình Dương" → "Hồ Chí Minh", "Khánh Hòa" → "Khánh Hòa".
func (g *Gazetteer) Province2025Of(name string) (string, bool) {
	if us := g.Lookup(name, GazProvince2025); len(us) > 0 {
		return us[0].Name, true
	}
	for _, u := range g.Lookup(name, GazProvince) {
		if p, ok := g.Province2025(u); ok {
			return p.Name, true
		}
	}
	return "", false
}

// Predecessors returns the pre-2025 units (provinces or communes) that
// became part of the 2025 unit u, in file order.
func (g *Gazetteer) Predecessors(u Unit) []Unit {
	if g == nil {
		return nil
	}
	var out []Unit
	for _, i := range g.prev[u.Level+"\x00"+u.Code] {
		out = append(out, g.units[i])
	}
	return out
}

// LookupIn is Lookup restricted to units inside anc (a province or a
// district) and to one unit type when typ is not "" ("xã", "phường", …):
// LookupIn("Cẩm Thành", "xã", thanhHoa) finds the commune of Thanh Hóa only.
func (g *Gazetteer) LookupIn(name, typ string, anc Unit, levels ...string) []Unit {
	var out []Unit
	for _, u := range g.Lookup(name, levels...) {
		if typ != "" && GazKey(u.Type) != GazKey(typ) {
			continue
		}
		if g.Within(u, anc) {
			out = append(out, u)
		}
	}
	return out
}
