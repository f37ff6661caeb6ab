package corpus

import (
	"context"
	"math"

	"github.com/ledongthuc/pdf"
)

// pdfMatrix is a PDF transformation matrix [a b c d e f].
type pdfMatrix [6]float64

var pdfIdentity = pdfMatrix{1, 0, 0, 1, 0, 0}

// mul returns m × n (m applied first).
func (m pdfMatrix) mul(n pdfMatrix) pdfMatrix {
	return pdfMatrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// pdfMatrixOf reads a six-number array, identity when it is not one.
func pdfMatrixOf(v pdf.Value) pdfMatrix {
	if v.Kind() != pdf.Array || v.Len() != 6 {
		return pdfIdentity
	}
	var m pdfMatrix
	for i := range m {
		m[i] = v.Index(i).Float64()
	}
	return m
}

// pdfState is the part of the graphics and text state text positions need.
type pdfState struct {
	ctm                pdfMatrix
	font               *pdfFont
	size               float64 // Tfs
	tc, tw, th, tl, ts float64 // char spacing, word spacing, horizontal scale, leading, rise
}

// pdfWalker interprets content streams into positioned glyphs.
type pdfWalker struct {
	ctx    context.Context
	fonts  map[string]*pdfFont // fonts read, by their dictionary's printed form
	glyphs []pdfGlyph
	budget int // glyphs left before the page is cut short
}

// pdfMaxGlyphs bounds the glyphs of one page (a hostile file may loop a
// form XObject or show megabytes of text).
const pdfMaxGlyphs = 400000

// pdfMaxDepth bounds nested form XObjects.
const pdfMaxDepth = 8

// page returns the glyphs of page p: its content streams, the forms they
// paint and the appearance streams of its annotations (signature stamps).
// A panic of the library inside one stream loses the rest of that stream
// only.
func (w *pdfWalker) page(p pdf.Page) []pdfGlyph {
	w.glyphs = w.glyphs[:0]
	w.budget = pdfMaxGlyphs
	res := p.Resources()
	local := make(map[string]*pdfFont)
	pdfGuard(func() {
		w.run(p.V.Key("Contents"), res, local, pdfIdentity, 0)
	})
	annots := p.V.Key("Annots")
	for i := 0; i < annots.Len() && i < 200; i++ {
		a := annots.Index(i)
		if a.Key("Subtype").Name() == "Popup" || a.Key("F").Int64()&2 != 0 { // hidden
			continue
		}
		ap := a.Key("AP").Key("N")
		if ap.Kind() == pdf.Dict { // appearance states
			if as := a.Key("AS").Name(); as != "" {
				ap = ap.Key(as)
			}
		}
		if ap.Kind() != pdf.Stream {
			continue
		}
		rect := a.Key("Rect")
		if rect.Len() != 4 {
			continue
		}
		m := pdfMatrixOf(ap.Key("Matrix"))
		bbox := ap.Key("BBox")
		if bbox.Len() != 4 {
			continue
		}
		bx0, by0 := pdfApply(m, bbox.Index(0).Float64(), bbox.Index(1).Float64())
		bx1, by1 := pdfApply(m, bbox.Index(2).Float64(), bbox.Index(3).Float64())
		rx0, ry0 := rect.Index(0).Float64(), rect.Index(1).Float64()
		rx1, ry1 := rect.Index(2).Float64(), rect.Index(3).Float64()
		sx, sy := 1.0, 1.0
		if d := bx1 - bx0; math.Abs(d) > 1e-6 {
			sx = (rx1 - rx0) / d
		}
		if d := by1 - by0; math.Abs(d) > 1e-6 {
			sy = (ry1 - ry0) / d
		}
		fit := pdfMatrix{sx, 0, 0, sy, rx0 - bx0*sx, ry0 - by0*sy}
		ares := ap.Key("Resources")
		pdfGuard(func() {
			w.run(ap, ares, make(map[string]*pdfFont), m.mul(fit), 1)
		})
	}
	return w.glyphs
}

// pdfDirection classifies the writing direction (a, b) of a text matrix:
// 0 left to right, 1 upwards, 2 upside down, 3 downwards, 4 skewed.
func pdfDirection(a, b float64) int8 {
	const tol = 0.05
	switch {
	case a > 0 && math.Abs(b) <= tol*a:
		return 0
	case b > 0 && math.Abs(a) <= tol*b:
		return 1
	case a < 0 && math.Abs(b) <= -tol*a:
		return 2
	case b < 0 && math.Abs(a) <= -tol*b:
		return 3
	}
	return 4
}

// pdfApply transforms the point (x, y) by m.
func pdfApply(m pdfMatrix, x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

// run interprets one content stream with its resources under ctm.
func (w *pdfWalker) run(strm, res pdf.Value, local map[string]*pdfFont, ctm pdfMatrix, depth int) {
	if strm.IsNull() || w.budget <= 0 {
		return
	}
	g := pdfState{ctm: ctm, th: 1}
	var stack []pdfState
	var tm, tlm pdfMatrix
	ops := 0
	show := func(raw string) {
		f := g.font
		if f == nil || w.budget <= 0 {
			return
		}
		f.codes(raw, func(code string) {
			s := f.decode(code)
			w0 := f.width(code) * f.scale
			trm := pdfMatrix{g.size * g.th, 0, 0, g.size, 0, g.ts}.mul(tm).mul(g.ctm)
			if s != "" && w.budget > 0 {
				w.budget--
				hx := math.Hypot(trm[0], trm[1])
				w.glyphs = append(w.glyphs, pdfGlyph{
					X: trm[4], Y: trm[5], W: w0 * hx,
					Size: math.Hypot(trm[2], trm[3]), S: s, Dir: pdfDirection(trm[0], trm[1]),
				})
			}
			tx := w0*g.size + g.tc
			if len(code) == 1 && code[0] == ' ' {
				tx += g.tw
			}
			tm = pdfMatrix{1, 0, 0, 1, tx * g.th, 0}.mul(tm)
		})
	}
	nextLine := func() {
		tlm = pdfMatrix{1, 0, 0, 1, 0, -g.tl}.mul(tlm)
		tm = tlm
	}
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		ops++
		if ops&0xFFF == 0 && w.ctx.Err() != nil {
			panic("pdf: canceled")
		}
		args := pdfPopAll(stk)
		num := func(i int) float64 {
			if i < len(args) {
				return args[i].Float64()
			}
			return 0
		}
		switch op {
		case "q":
			if len(stack) < 256 {
				stack = append(stack, g)
			}
		case "Q":
			if n := len(stack); n > 0 {
				g = stack[n-1]
				stack = stack[:n-1]
			}
		case "cm":
			if len(args) == 6 {
				var m pdfMatrix
				for i := range m {
					m[i] = num(i)
				}
				g.ctm = m.mul(g.ctm)
			}
		case "BT":
			tm, tlm = pdfIdentity, pdfIdentity
		case "Tf":
			if len(args) == 2 {
				g.font = w.font(res, local, args[0].Name())
				g.size = num(1)
			}
		case "Tc":
			g.tc = num(0)
		case "Tw":
			g.tw = num(0)
		case "Tz":
			g.th = num(0) / 100
		case "TL":
			g.tl = num(0)
		case "Ts":
			g.ts = num(0)
		case "Td", "TD":
			if len(args) == 2 {
				if op == "TD" {
					g.tl = -num(1)
				}
				tlm = pdfMatrix{1, 0, 0, 1, num(0), num(1)}.mul(tlm)
				tm = tlm
			}
		case "Tm":
			if len(args) == 6 {
				for i := range tm {
					tm[i] = num(i)
				}
				tlm = tm
			}
		case "T*":
			nextLine()
		case "Tj":
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "'":
			if len(args) == 1 {
				nextLine()
				show(args[0].RawString())
			}
		case "\"":
			if len(args) == 3 {
				g.tw, g.tc = num(0), num(1)
				nextLine()
				show(args[2].RawString())
			}
		case "TJ":
			if len(args) == 1 {
				a := args[0]
				for i := 0; i < a.Len(); i++ {
					x := a.Index(i)
					if x.Kind() == pdf.String {
						show(x.RawString())
						continue
					}
					tx := -x.Float64() / 1000 * g.size * g.th
					tm = pdfMatrix{1, 0, 0, 1, tx, 0}.mul(tm)
				}
			}
		case "Do":
			if len(args) != 1 || depth >= pdfMaxDepth {
				return
			}
			x := res.Key("XObject").Key(args[0].Name())
			if x.Key("Subtype").Name() != "Form" {
				return
			}
			xres := x.Key("Resources")
			xlocal := local
			if xres.IsNull() {
				xres = res
			} else {
				xlocal = make(map[string]*pdfFont)
			}
			m := pdfMatrixOf(x.Key("Matrix"))
			w.run(x, xres, xlocal, m.mul(g.ctm), depth+1)
		}
	})
}

// font returns the font named name in res, read once per resource
// dictionary and once per document for a font dictionary met again on
// another page (keyed by its printed form, which names the objects it
// refers to; not by BaseFont: producers reuse a subset tag for subsets
// with different code maps).
func (w *pdfWalker) font(res pdf.Value, local map[string]*pdfFont, name string) *pdfFont {
	if f, ok := local[name]; ok {
		return f
	}
	v := res.Key("Font").Key(name)
	if v.Kind() != pdf.Dict {
		local[name] = nil
		return nil
	}
	key := v.String()
	if f, ok := w.fonts[key]; ok {
		local[name] = f
		return f
	}
	f := pdfNewFont(v)
	local[name] = f
	if len(w.fonts) < 4096 {
		w.fonts[key] = f
	}
	return f
}
