package corpus

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pdfGlyph is one character shown on a PDF page, in page space (points,
// Y growing upwards), as the content-stream walker produced it.
type pdfGlyph struct {
	X, Y float64 // origin on the baseline
	W    float64 // advance width; 0 when the font gave none
	Size float64 // font size in page space
	S    string  // the character(s) the glyph maps to
	Dir  int8    // writing direction: 0 left to right, 1 upwards, 2 upside down, 3 downwards, 4 skewed
}

// Layout tolerances, in units of the font size.
const (
	pdfLineTol   = 0.45 // baselines closer than this share a line
	pdfSpaceGap  = 0.12 // a horizontal gap wider than this is a word break
	pdfColumnGap = 1.8  // a gap wider than this separates columns of a line
	pdfBlockGap  = 1.5  // a baseline distance wider than this ends a block
	pdfBlockSize = 1.3  // lines whose font sizes differ more than this factor are different blocks
	pdfMarkAbove = 1.1  // a combining mark may sit this far above its baseline
	pdfMarkBelow = 0.45 // … and this far below it (dot below)
	pdfDupTol    = 0.12 // the same glyph drawn again this close is fake bold
)

// pdfSeg is a run of a line without a column gap in it.
type pdfSeg struct {
	x0, x1 float64
	text   string
}

// pdfLine is the glyphs sharing a baseline, cut into segments at column gaps.
type pdfLine struct {
	y, size float64
	glyphs  []pdfGlyph
	segs    []pdfSeg
}

// pdfLayoutPage rebuilds the reading order of one page: glyphs clustered
// into lines by baseline with font-size tolerances, ordered by X, spaces
// from gaps, combining marks attached to their base letters; lines cut at
// column gaps, the pieces grouped into blocks and the blocks read in
// column-aware order, so the two columns of an administrative header come
// one after the other. Text drawn turned by a right angle (a landscape
// table on a portrait page, a stamp up the margin) is turned back and laid
// out after the upright text; skewed text follows in drawing order. It
// returns the text lines, an empty string marking a break between blocks.
func pdfLayoutPage(glyphs []pdfGlyph) []string {
	var dirs [4][]pdfGlyph
	var skew []pdfGlyph
	for _, g := range glyphs {
		if g.S == "" || math.IsNaN(g.X) || math.IsNaN(g.Y) || math.IsInf(g.X, 0) || math.IsInf(g.Y, 0) {
			continue
		}
		x, y := g.X, g.Y
		switch g.Dir {
		case 0:
		case 1:
			g.X, g.Y = y, -x
		case 2:
			g.X, g.Y = -x, -y
		case 3:
			g.X, g.Y = -y, x
		default:
			skew = append(skew, g)
			continue
		}
		dirs[g.Dir] = append(dirs[g.Dir], g)
	}
	var out []string
	for _, d := range []int{0, 1, 3, 2} {
		if len(dirs[d]) == 0 {
			continue
		}
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, pdfLayoutFlow(dirs[d])...)
	}
	if len(skew) > 0 {
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, pdfRotatedLines(skew)...)
	}
	return out
}

// pdfLayoutFlow lays out glyphs of one writing direction, turned upright.
func pdfLayoutFlow(glyphs []pdfGlyph) []string {
	flow := make([]pdfGlyph, 0, len(glyphs))
	var marks, spaces []pdfGlyph
	for _, g := range glyphs {
		if g.Size <= 0 || math.IsNaN(g.Size) || math.IsInf(g.Size, 0) {
			g.Size = 1
		}
		if g.W < 0 || math.IsNaN(g.W) || math.IsInf(g.W, 0) {
			g.W = 0
		}
		switch {
		case strings.TrimSpace(g.S) == "":
			spaces = append(spaces, g)
		case pdfIsMarks(g.S):
			marks = append(marks, g)
		default:
			flow = append(flow, g)
		}
	}
	lines := pdfClusterLines(flow)
	pdfAttach(lines, spaces, false)
	pdfSortLines(lines)
	pdfAttach(lines, marks, true)
	for i := range lines {
		pdfSegmentLine(&lines[i])
	}
	return pdfOrderBlocks(pdfBuildBlocks(lines))
}

// pdfIsMarks reports whether s is only combining marks.
func pdfIsMarks(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return s != ""
}

// pdfClusterLines groups glyphs into lines, top to bottom. A line's
// reference baseline is that of its largest glyph, so superscripts, smaller
// fallback-font glyphs and slightly shifted runs join the line they belong
// to instead of chaining lines together.
func pdfClusterLines(gs []pdfGlyph) []pdfLine {
	if len(gs) == 0 {
		return nil
	}
	slices.SortStableFunc(gs, func(a, b pdfGlyph) int {
		switch {
		case a.Y > b.Y:
			return -1
		case a.Y < b.Y:
			return 1
		}
		return 0
	})
	var lines []pdfLine
	cur := pdfLine{y: gs[0].Y, size: gs[0].Size}
	for _, g := range gs {
		if len(cur.glyphs) > 0 && cur.y-g.Y > pdfLineTol*math.Max(cur.size, g.Size) {
			lines = append(lines, cur)
			cur = pdfLine{y: g.Y, size: g.Size}
		}
		if g.Size > cur.size*1.15 {
			cur.y, cur.size = g.Y, g.Size
		}
		cur.glyphs = append(cur.glyphs, g)
	}
	lines = append(lines, cur)
	return lines
}

// pdfSortLines orders the glyphs of each line by X and drops doubles.
func pdfSortLines(lines []pdfLine) {
	for i := range lines {
		slices.SortStableFunc(lines[i].glyphs, func(a, b pdfGlyph) int {
			switch {
			case a.X < b.X:
				return -1
			case a.X > b.X:
				return 1
			}
			return 0
		})
		lines[i].glyphs = pdfDedup(lines[i].glyphs)
	}
}

// pdfDedup drops a glyph drawn again at almost the same place (fake bold,
// shadows), keeping the first.
func pdfDedup(gs []pdfGlyph) []pdfGlyph {
	out := gs[:0]
	for _, g := range gs {
		dup := false
		for j := len(out) - 1; j >= 0 && j >= len(out)-3; j-- {
			o := out[j]
			if o.S == g.S && math.Abs(o.X-g.X) < pdfDupTol*g.Size && math.Abs(o.Y-g.Y) < pdfDupTol*g.Size {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, g)
		}
	}
	return out
}

// pdfAttach places combining marks (marks) or space glyphs (!marks) on the
// line whose baseline they sit on (a mark may be drawn above or below it, a
// space within the tolerance of a line). A mark is appended to the base glyph
// under its centre (the line sorted by X); a space glyph joins the line's
// glyphs (before sorting) as one that only breaks words.
func pdfAttach(lines []pdfLine, extra []pdfGlyph, marks bool) {
	for _, m := range extra {
		best, bestD := -1, math.MaxFloat64
		for i := range lines {
			l := &lines[i]
			d := m.Y - l.y
			if marks && (d > pdfMarkAbove*l.size || d < -pdfMarkBelow*l.size) {
				continue
			}
			// a space glyph sits on its line's baseline: one of a blank
			// line between two (a Word empty paragraph) must not fall
			// between the letters of the line below ("Nguyễn V ăn Thắng")
			if !marks && math.Abs(d) > pdfLineTol*math.Max(l.size, m.Size) {
				continue
			}
			if d := math.Abs(d); d < bestD {
				best, bestD = i, d
			}
		}
		if best < 0 {
			continue
		}
		l := &lines[best]
		if !marks { // sorted in with the line's glyphs afterwards
			l.glyphs = append(l.glyphs, pdfGlyph{X: m.X, Y: m.Y, W: m.W, Size: m.Size, S: " "})
			continue
		}
		c := m.X + m.W/2
		if m.W == 0 {
			c = m.X
		}
		base := -1
		for i, g := range l.glyphs {
			if g.S == " " {
				continue
			}
			if g.X <= c+0.05*g.Size {
				base = i
			} else {
				break
			}
		}
		if base < 0 {
			base = 0
			for base < len(l.glyphs) && l.glyphs[base].S == " " {
				base++
			}
			if base == len(l.glyphs) {
				continue
			}
		}
		l.glyphs[base].S += m.S
	}
}

// pdfSegmentLine writes the line's text into segments: a space where the
// gap between glyphs is a word break or a space glyph lies between them, a
// new segment where the gap is a column gap.
func pdfSegmentLine(l *pdfLine) {
	var sb strings.Builder
	var seg pdfSeg
	started, space := false, false
	end, spaceAt := 0.0, 0.0
	flush := func() {
		if started {
			seg.text = strings.TrimSpace(sb.String())
			if seg.text != "" {
				l.segs = append(l.segs, seg)
			}
		}
		sb.Reset()
		started, space = false, false
	}
	for _, g := range l.glyphs {
		w := g.W
		if w == 0 && g.S != " " {
			w = 0.45 * g.Size * float64(utf8.RuneCountInString(g.S))
		}
		if g.S == " " {
			// a space glyph counts when it lies in the gap after the
			// previous glyph, not under text drawn over it (form fields)
			if c := g.X + w/2; started && c >= end-0.02*g.Size {
				space, spaceAt = true, c
			}
			continue
		}
		if started {
			gap := g.X - end
			size := math.Max(g.Size, l.size*0.8)
			if space && spaceAt > g.X+0.02*size {
				space = false
			}
			switch {
			case gap > pdfColumnGap*size:
				seg.x1 = end
				flush()
			case gap > pdfSpaceGap*size || space:
				sb.WriteByte(' ')
			}
		}
		if !started {
			started = true
			seg = pdfSeg{x0: g.X}
			end = g.X
		}
		space = false
		sb.WriteString(g.S)
		end = math.Max(end, g.X+w)
		seg.x1 = end
	}
	if started {
		seg.x1 = end
	}
	flush()
}

// pdfRotatedLines writes skewed glyphs in the order they were drawn, a
// line per jump in position.
func pdfRotatedLines(gs []pdfGlyph) []string {
	var out []string
	var sb strings.Builder
	var last pdfGlyph
	for i, g := range gs {
		if i > 0 && math.Hypot(g.X-last.X, g.Y-last.Y) > 2*math.Max(g.Size, last.Size) {
			if s := strings.TrimSpace(sb.String()); s != "" {
				out = append(out, s)
			}
			sb.Reset()
		}
		sb.WriteString(g.S)
		last = g
	}
	if s := strings.TrimSpace(sb.String()); s != "" {
		out = append(out, s)
	}
	return out
}
