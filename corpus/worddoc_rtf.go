package corpus

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// wordRTFDestinations are RTF groups that hold no text of the document.
var wordRTFDestinations = map[string]bool{
	"fonttbl": true, "colortbl": true, "stylesheet": true, "info": true, "pict": true,
	"object": true, "header": true, "footer": true, "headerl": true, "headerr": true,
	"headerf": true, "footerl": true, "footerr": true, "footerf": true, "listtable": true,
	"listoverridetable": true, "revtbl": true, "rsidtbl": true, "generator": true,
	"xmlnstbl": true, "themedata": true, "colorschememapping": true, "latentstyles": true,
	"datastore": true, "fldinst": true, "footnote": true, "annotation": true, "bkmkstart": true,
	"bkmkend": true, "pgdsctbl": true, "mmathPr": true, "wgrffmtfilter": true,
}

// wordRTFState is the state of one RTF group.
type wordRTFState struct {
	font int
	skip bool
	uc   int // bytes to skip after \uN
}

// readRTF reads a Rich Text Format file (many ".doc" files of provincial
// portals are RTF): text, \par and \line as newlines, table cells as lines,
// \'xx bytes decoded in the encoding of their font (.VnTime fonts are
// TCVN3, VNI fonts VNI, charset 163 Windows-1258) and \uN characters.
func readRTF(ctx context.Context, data []byte) (*Text, error) {
	r := &wordRTF{data: data, fonts: map[int]wordRTFFont{}, codepage: EncCP1252, encCount: map[string]int{}}
	if err := r.parse(ctx); err != nil {
		return nil, fmt.Errorf("rtf: %w", err)
	}
	return &Text{Text: r.out.String(), Encoding: r.encoding()}, nil
}

// wordRTFFont is one font of the font table.
type wordRTFFont struct {
	name    string
	charset int
}

type wordRTF struct {
	data     []byte
	i        int
	fonts    map[int]wordRTFFont
	codepage string // EncCP1252 or EncCP1258 from \ansicpg
	out      strings.Builder
	pending  []byte // bytes of the current font waiting for decoding
	pendEnc  string
	encCount map[string]int
}

// parse walks the RTF once.
func (r *wordRTF) parse(ctx context.Context) error {
	stack := []wordRTFState{{uc: 1}}
	skipBytes := 0
	inFontTbl := -1 // depth of the font table group
	var fontName strings.Builder
	fontNum, fontCharset := -1, 0
	for n := 0; r.i < len(r.data); n++ {
		if n&8191 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		st := &stack[len(stack)-1]
		c := r.data[r.i]
		switch c {
		case '{':
			r.i++
			stack = append(stack, *st)
			if len(stack) > 4096 {
				return fmt.Errorf("groups nested too deep")
			}
			continue
		case '}':
			r.i++
			if inFontTbl >= 0 && fontNum >= 0 {
				r.fonts[fontNum] = wordRTFFont{name: strings.TrimSpace(fontName.String()), charset: fontCharset}
				fontNum = -1
			}
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
			if inFontTbl >= 0 && len(stack) <= inFontTbl {
				inFontTbl = -1
			}
			continue
		case '\r', '\n':
			r.i++
			continue
		case '\\':
			word, arg, _, size := wordRTFControl(r.data[r.i:])
			r.i += size
			if skipBytes > 0 && word == "'" {
				skipBytes--
				continue
			}
			switch word {
			case "fonttbl":
				inFontTbl = len(stack) - 1
				st.skip = true
				continue
			case "f":
				if inFontTbl >= 0 {
					fontNum, fontCharset = arg, 0
					fontName.Reset()
				} else {
					st.font = arg
				}
				continue
			case "fcharset":
				fontCharset = arg
				continue
			case "ansicpg":
				if arg == 1258 {
					r.codepage = EncCP1258
				}
				continue
			case "uc":
				st.uc = arg
				continue
			case "bin":
				if arg > 0 {
					r.i = min(len(r.data), r.i+arg)
				}
				continue
			case "*":
				st.skip = true
				continue
			}
			if st.skip {
				continue
			}
			if wordRTFDestinations[word] {
				st.skip = true
				continue
			}
			switch word {
			case "'":
				r.addByte(byte(arg), st.font)
			case "u":
				v := arg
				if v < 0 {
					v += 65536
				}
				r.flush()
				r.out.WriteRune(rune(v))
				r.encCount[EncUTF8]++
				skipBytes = st.uc
			case "par", "line", "cell", "row", "sect", "page":
				r.flush()
				r.out.WriteByte('\n')
			case "tab":
				r.flush()
				r.out.WriteByte('\t')
			case "emdash":
				r.flush()
				r.out.WriteString("—")
			case "endash":
				r.flush()
				r.out.WriteString("–")
			case "lquote", "rquote":
				r.flush()
				r.out.WriteByte('\'')
			case "ldblquote", "rdblquote":
				r.flush()
				r.out.WriteByte('"')
			case "\\", "{", "}":
				r.addByte(word[0], st.font)
			case "~":
				r.addByte(' ', st.font)
			}
			continue
		}
		// plain text up to the next control character
		j := r.i
		for j < len(r.data) && r.data[j] != '\\' && r.data[j] != '{' && r.data[j] != '}' && r.data[j] != '\r' && r.data[j] != '\n' {
			j++
		}
		chunk := r.data[r.i:j]
		r.i = j
		if inFontTbl >= 0 && fontNum >= 0 {
			if k := bytes.IndexByte(chunk, ';'); k >= 0 {
				fontName.Write(chunk[:k])
				r.fonts[fontNum] = wordRTFFont{name: strings.TrimSpace(fontName.String()), charset: fontCharset}
				fontNum = -1
			} else {
				fontName.Write(chunk)
			}
			continue
		}
		if st.skip {
			continue
		}
		for _, b := range chunk {
			if skipBytes > 0 {
				skipBytes--
				continue
			}
			r.addByte(b, st.font)
		}
	}
	r.flush()
	return nil
}

// wordRTFControl reads a control word or symbol at b (which starts with a
// backslash): its name, numeric argument and length with the delimiting
// space.
func wordRTFControl(b []byte) (word string, arg int, hasArg bool, size int) {
	if len(b) < 2 {
		return "", 0, false, len(b)
	}
	c := b[1]
	if c == '\'' {
		if len(b) >= 4 {
			if v, err := strconv.ParseUint(string(b[2:4]), 16, 8); err == nil {
				return "'", int(v), true, 4
			}
		}
		return "", 0, false, 2
	}
	if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return string(b[1:2]), 0, false, 2
	}
	j := 1
	for j < len(b) && (b[j] >= 'a' && b[j] <= 'z' || b[j] >= 'A' && b[j] <= 'Z') && j < 33 {
		j++
	}
	word = string(b[1:j])
	k := j
	if k < len(b) && (b[k] == '-' || b[k] >= '0' && b[k] <= '9') {
		k++
		for k < len(b) && b[k] >= '0' && b[k] <= '9' && k-j < 11 {
			k++
		}
		if v, err := strconv.Atoi(string(b[j:k])); err == nil {
			arg, hasArg = v, true
		}
	}
	if k < len(b) && b[k] == ' ' {
		k++
	}
	return word, arg, hasArg, k
}

// addByte queues a text byte in the encoding of font f.
func (r *wordRTF) addByte(b byte, f int) {
	enc := r.codepage
	if fo, ok := r.fonts[f]; ok {
		if le := docxLegacyFont(fo.name); le != "" {
			enc = le
		} else if fo.charset == 163 {
			enc = EncCP1258
		}
	}
	if enc != r.pendEnc {
		r.flush()
		r.pendEnc = enc
	}
	r.pending = append(r.pending, b)
}

// flush decodes the queued bytes.
func (r *wordRTF) flush() {
	if len(r.pending) == 0 {
		return
	}
	var s string
	switch r.pendEnc {
	case EncCP1252:
		if utf8.Valid(r.pending) {
			s = string(r.pending) // raw UTF-8 some generators write
			break
		}
		d, err := charmap.Windows1252.NewDecoder().Bytes(r.pending)
		if err != nil {
			d = r.pending
		}
		s = string(d)
	default:
		s = decodeAs(r.pendEnc, r.pending)
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "")
	}
	if bytes.IndexFunc(r.pending, func(c rune) bool { return c >= 0x80 }) >= 0 {
		e := r.pendEnc
		if e == EncCP1252 {
			e = EncUTF8
		}
		r.encCount[e] += len(r.pending)
	}
	r.out.WriteString(s)
	r.pending = r.pending[:0]
}

// encoding returns the encoding of most non-ASCII text.
func (r *wordRTF) encoding() string {
	best, bestN := EncUTF8, 0
	for _, enc := range []string{EncUTF8, EncTCVN3, EncVNI, EncCP1258} {
		if n := r.encCount[enc]; n > bestN {
			best, bestN = enc, n
		}
	}
	return best
}
