package corpus

import (
	"log/slog"
	"strings"
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
)

// pdfFont is what the content walker needs of a font: how to cut a shown
// string into character codes, what each code means and how wide it is.
type pdfFont struct {
	name    string
	twoByte bool              // Type0: two-byte codes
	toUni   map[string]string // ToUnicode, code → text
	lib     pdf.Font          // the library's view, decoding codes ToUnicode misses
	enc     pdf.TextEncoding  // lib's decoding, made on first use
	first   int               // simple fonts: code of widths[0]
	widths  []float64         // simple fonts, glyph space (1/1000 em)
	cidW    map[int]float64   // Type0: widths by CID
	dw      float64           // Type0: default width; simple fonts: missing width
	scale   float64           // glyph space to text space (1/1000, or a Type3 FontMatrix)
	cache   map[string]string // decoded codes
}

// pdfMaxCodes bounds the entries of a font's code tables (a hostile W
// array or CMap could ask for billions).
const pdfMaxCodes = 1 << 17

// pdfNewFont reads the font dictionary v.
func pdfNewFont(v pdf.Value) *pdfFont {
	f := &pdfFont{scale: 0.001, cache: make(map[string]string)}
	f.name = v.Key("BaseFont").Name()
	if i := strings.IndexByte(f.name, '+'); i >= 0 {
		f.name = f.name[i+1:]
	}
	f.lib = pdf.Font{V: v}
	if tu := v.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		f.toUni = pdfReadCMap(tu, v)
	}
	switch v.Key("Subtype").Name() {
	case "Type0":
		f.twoByte = true
		f.dw = 1000
		d := v.Key("DescendantFonts").Index(0)
		if x := d.Key("DW"); x.Kind() == pdf.Integer || x.Kind() == pdf.Real {
			f.dw = x.Float64()
		}
		f.cidW = pdfCIDWidths(d.Key("W"))
		if f.toUni == nil && v.Key("Encoding").Name() == "Identity-H" {
			f.toUni = pdfGlyphUnicode(d)
		}
		return f
	case "Type3":
		if m := v.Key("FontMatrix"); m.Len() == 6 && m.Index(0).Float64() != 0 {
			f.scale = m.Index(0).Float64()
		}
	}
	f.first = int(v.Key("FirstChar").Int64())
	ws := v.Key("Widths")
	if n := ws.Len(); n > 0 && n <= 65536 {
		f.widths = make([]float64, n)
		for i := range f.widths {
			f.widths[i] = ws.Index(i).Float64()
		}
	}
	f.dw = v.Key("FontDescriptor").Key("MissingWidth").Float64()
	if f.dw == 0 && len(f.widths) == 0 {
		f.dw = 500 // a standard font without metrics: half an em
	}
	return f
}

// pdfCIDWidths reads a CIDFont W array: "c [w1 w2 …]" or "cfirst clast w".
func pdfCIDWidths(w pdf.Value) map[int]float64 {
	m := make(map[int]float64)
	n := w.Len()
	for i := 0; i < n; {
		c := int(w.Index(i).Int64())
		if i+1 >= n {
			break
		}
		next := w.Index(i + 1)
		if len(m) > pdfMaxCodes {
			break
		}
		if next.Kind() == pdf.Array {
			for k := 0; k < next.Len() && k < 65536; k++ {
				m[c+k] = next.Index(k).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= n {
			break
		}
		last := int(next.Int64())
		wd := w.Index(i + 2).Float64()
		for k := c; k <= last && k-c < 65536; k++ {
			m[k] = wd
		}
		i += 3
	}
	return m
}

// width returns the advance of code in glyph space.
func (f *pdfFont) width(code string) float64 {
	if f.twoByte {
		if len(code) < 2 {
			return f.dw
		}
		if w, ok := f.cidW[int(code[0])<<8|int(code[1])]; ok {
			return w
		}
		return f.dw
	}
	i := int(code[0]) - f.first
	if i >= 0 && i < len(f.widths) {
		if w := f.widths[i]; w > 0 {
			return w
		}
	}
	if f.dw > 0 {
		return f.dw
	}
	return 500
}

// decode returns the text of one character code.
func (f *pdfFont) decode(code string) string {
	if s, ok := f.cache[code]; ok {
		return s
	}
	var s string
	if u, ok := f.toUni[code]; ok {
		s = u
	} else if f.toUni == nil || !f.twoByte {
		if f.enc == nil {
			f.enc = f.lib.Encoder()
		}
		if f.enc != nil {
			s = f.enc.Decode(code)
		}
	}
	s = strings.Map(func(r rune) rune {
		if r == 0xFFFD || r < 0x20 && r != '\t' {
			return -1
		}
		if r == '\t' || r == 0xA0 {
			return ' '
		}
		return r
	}, s)
	if len(f.cache) < 1<<16 {
		f.cache[code] = s
	}
	return s
}

// codes cuts a shown string into character codes.
func (f *pdfFont) codes(raw string, yield func(code string)) {
	step := 1
	if f.twoByte {
		step = 2
	}
	for i := 0; i < len(raw); i += step {
		j := min(i+step, len(raw))
		yield(raw[i:j])
	}
}

// pdfReadCMap reads the code → text pairs of a ToUnicode CMap stream. dict
// is any dictionary value, lent to the PostScript "findresource" the CMap
// preamble calls.
func pdfReadCMap(v pdf.Value, dict pdf.Value) map[string]string {
	m := make(map[string]string)
	pdfGuard(func() {
		pdf.Interpret(v, func(stk *pdf.Stack, op string) {
			switch op {
			case "findresource":
				stk.Pop()
				stk.Pop()
				stk.Push(dict)
			case "endbfchar":
				args := pdfPopAll(stk)
				for i := 0; i+1 < len(args); i += 2 {
					m[args[i].RawString()] = pdfUTF16(args[i+1].RawString())
				}
			case "endbfrange":
				args := pdfPopAll(stk)
				for i := 0; i+2 < len(args); i += 3 {
					pdfCMapRange(m, args[i].RawString(), args[i+1].RawString(), args[i+2])
				}
			case "begincodespacerange", "beginbfchar", "beginbfrange", "endcodespacerange",
				"begincidrange", "endcidrange", "begincidchar", "endcidchar", "usecmap":
				pdfPopAll(stk)
			}
		})
	})
	return m
}

// pdfCMapRange adds the codes lo…hi of a bfrange to m.
func pdfCMapRange(m map[string]string, lo, hi string, dst pdf.Value) {
	if len(lo) == 0 || len(lo) != len(hi) || len(lo) > 4 {
		return
	}
	a, b := pdfCode(lo), pdfCode(hi)
	if b < a || b-a > 65535 || len(m) > pdfMaxCodes {
		return
	}
	code := []byte(lo)
	for c := a; c <= b; c++ {
		for k := len(code) - 1; k >= 0; k-- {
			code[k] = byte(c >> (8 * (len(code) - 1 - k)))
		}
		off := c - a
		switch dst.Kind() {
		case pdf.String:
			s := []byte(dst.RawString())
			if len(s) == 0 {
				return
			}
			// the last UTF-16 unit counts up
			if len(s) >= 2 {
				u := int(s[len(s)-2])<<8 | int(s[len(s)-1])
				u += off
				s[len(s)-2], s[len(s)-1] = byte(u>>8), byte(u)
			} else {
				s[len(s)-1] += byte(off)
			}
			m[string(code)] = pdfUTF16(string(s))
		case pdf.Array:
			if off < dst.Len() {
				m[string(code)] = pdfUTF16(dst.Index(off).RawString())
			}
		default:
			return
		}
	}
}

// pdfCode is the big-endian value of a code of up to four bytes.
func pdfCode(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n<<8 | int(s[i])
	}
	return n
}

// pdfUTF16 decodes UTF-16BE, a lone trailing byte as Latin-1.
func pdfUTF16(s string) string {
	if len(s) == 1 {
		return string(rune(s[0]))
	}
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return string(utf16.Decode(u))
}

// pdfPopAll empties the operand stack, returning its values bottom first.
func pdfPopAll(stk *pdf.Stack) []pdf.Value {
	n := stk.Len()
	args := make([]pdf.Value, n)
	for i := n - 1; i >= 0; i-- {
		args[i] = stk.Pop()
	}
	return args
}

// pdfGuard runs f, turning a panic of the PDF library into nothing: the
// caller keeps what f produced before it.
func pdfGuard(f func()) (panicked bool) {
	defer func() {
		if p := recover(); p != nil {
			slog.Debug("pdf: recovered from a library panic", "panic", p)
			panicked = true
		}
	}()
	f()
	return false
}
