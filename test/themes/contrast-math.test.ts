import { expect } from '@open-wc/testing';
import { AA_TEXT, AA_UI, contrastRatio, parseColor, relativeLuminance } from '@moncompte/themes/contrast.js';

describe('themes: contrast maths', () => {
  it('parses the colour syntaxes browsers serialise and tokens use', () => {
    expect(parseColor('#fff')).to.deep.equal({ r: 1, g: 1, b: 1, alpha: 1 });
    expect(parseColor('#00000080').alpha).to.be.closeTo(0.502, 0.001);
    expect(parseColor('rgb(255, 0, 0)')).to.deep.equal({ r: 1, g: 0, b: 0, alpha: 1 });
    expect(parseColor('rgba(0, 0, 255, 0.5)')).to.deep.equal({ r: 0, g: 0, b: 1, alpha: 0.5 });
    expect(parseColor('rgb(0 128 0 / 25%)')).to.deep.include({ r: 0, b: 0, alpha: 0.25 });
    expect(parseColor('color(srgb 1 0.5 0 / 0.5)')).to.deep.equal({ r: 1, g: 0.5, b: 0, alpha: 0.5 });
    expect(parseColor('transparent').alpha).to.equal(0);
  });

  it('refuses what it cannot measure instead of guessing', () => {
    expect(() => parseColor('oklch(0.5 0.1 200)')).to.throw(/cannot parse/);
    expect(() => parseColor('color(display-p3 1 0 0)')).to.throw(/unsupported colour space/);
    expect(() => parseColor('red')).to.throw(/cannot parse/);
    expect(() => parseColor('rgb(1, 2)')).to.throw(/cannot parse/);
  });

  it('computes WCAG relative luminance and contrast ratios', () => {
    expect(relativeLuminance(parseColor('#fff'))).to.equal(1);
    expect(relativeLuminance(parseColor('#000'))).to.equal(0);
    expect(contrastRatio('#000', '#fff')).to.equal(21);
    expect(contrastRatio('#fff', '#000')).to.equal(21);
    expect(contrastRatio('#1f5ea8', '#1f5ea8')).to.equal(1);
    // Reference values from the WebAIM contrast checker.
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(contrastRatio('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
    expect(contrastRatio('rgb(0, 0, 255)', 'rgb(255, 255, 255)')).to.be.closeTo(8.59, 0.01);
  });

  it('does not round a ratio up to the threshold', () => {
    const ratio = contrastRatio('#777777', '#ffffff');
    expect(ratio).to.be.lessThan(AA_TEXT);
    expect(ratio).to.be.greaterThan(AA_UI);
  });

  it('paints translucent colours over what is beneath them', () => {
    // Half-transparent black over white is mid grey (#808080 ≈ 3.95:1), far from black's 21:1.
    expect(contrastRatio('rgba(0, 0, 0, 0.5)', '#ffffff')).to.be.closeTo(contrastRatio('#808080', '#ffffff'), 0.05);
    // A transparent background is the white canvas.
    expect(contrastRatio('#000', 'transparent')).to.equal(21);
  });
});
