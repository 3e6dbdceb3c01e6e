// The browser build's `property-information/lib/svg.js` and `lib/html.js` (hast-util-to-html reads
// them for the attributes it writes): the same definitions, handed to the same `create`, each
// written as one string instead of object literals: 1.4 KB less gzip. A property that is a plain
// string written as its own name is left out (1.4 KB less gzip again): hast-util-to-html writes one it
// does not know as it is named, the attribute the schema gives in SVG, and in HTML the same but
// in case (`hrefLang` for `hreflang`), which HTML reads alike; those `toHtml` writes itself stay.
// So are SVG's event handlers and the other plain strings whose attribute is their name in lower
// case (`onClick`, `crossOrigin`; 0.4 KB gzip): HTML's parser reads every attribute of SVG in
// lower case but those it adjusts (`viewBox`), so `onClick` is `onclick` there too. Not `dataType`,
// which hast-util-to-html would write as a data attribute (`data-type`).
// test/browser/schemas.test.ts checks every property of property-information's schemas.

/** property-information's types (lib/util/types.js), by the marks that follow a name here. */
const types: Record<string, number> = {'!': 2, '?': 4, '*': 8, '#': 16, _: 32, ',': 64, ';': 128}

/**
 * The properties of the SVG schema that are not a plain string written as its own name, in
 * property-information's order, as its name, a mark for its type (none: a plain string) and how
 * its attribute is written: `-` kebab case (`fontSize`, `font-size`), `.` lower case (`onClick`,
 * `onclick`), `=` and the attribute, none the name itself.
 */
const properties =
  'dataType. about; accentHeight#- alignmentBaseline- alphabetic# amplitude# arabicForm- ascent# ' +
  'azimuth# baselineShift- bias# capHeight#- className_=class clipPath- clipRule- ' +
  'colorInterpolation- colorInterpolationFilters- colorProfile- colorRendering- descent# ' +
  'diffuseConstant# divisor# dominantBaseline- download! elevation# enableBackground- ' +
  'exponent# fillOpacity#- fillRule- floodColor- floodOpacity- fontFamily- fontSize- ' +
  'fontSizeAdjust- fontStretch- fontStyle- fontVariant- fontWeight- g1, g2, glyphName,- ' +
  'glyphOrientationHorizontal- glyphOrientationVertical- hanging# horizAdvX#- horizOriginX#- ' +
  'horizOriginY#- ideographic# imageRendering- intercept# k# k1# k2# k3# k4# kernelMatrix; ' +
  'letterSpacing- lightingColor- limitingConeAngle# markerEnd- markerMid- markerStart- ' +
  'maskType- mediaSize# navDown- navDownLeft- navDownRight- navLeft- navNext- navPrev- ' +
  'navRight- navUp- navUpLeft- navUpRight- overlinePosition#- overlineThickness#- paintOrder- ' +
  'panose1=panose-1 pathLength# ping_ pointerEvents- pointsAtX# pointsAtY# pointsAtZ# ' +
  'property; rel; rev; renderingIntent- requiredExtensions; requiredFeatures; requiredFonts; ' +
  'requiredFormats; shapeRendering- specularConstant# specularExponent# stopColor- ' +
  'stopOpacity- strikethroughPosition#- strikethroughThickness#- ' +
  'strokeDashArray;=stroke-dasharray strokeDashOffset=stroke-dashoffset ' +
  'strokeLineCap=stroke-linecap strokeLineJoin=stroke-linejoin ' +
  'strokeMiterLimit#=stroke-miterlimit strokeOpacity#- strokeWidth- surfaceScale# ' +
  'systemLanguage; tabIndex#. targetX# targetY# textAnchor- textDecoration- textRendering- ' +
  'typeOf;. transformOrigin- underlinePosition#- underlineThickness#- unicodeBidi- ' +
  'unicodeRange- unitsPerEm#- vAlphabetic#- vMathematical#- vectorEffect- vHanging#- ' +
  'vIdeographic#- vertAdvY#- vertOriginX#- vertOriginY#- wordSpacing- writingMode- xHeight#- '

/** The properties of the HTML schema that have a type, and those `toHtml` writes, in property-information's order, as its name and marks. */
const htmlProperties =
  'accept, acceptCharset_ accessKey_ allowFullScreen! allowPaymentRequest! allowUserMedia! ' +
  'alpha! async! autoComplete_ autoFocus! autoPlay! blocking_ charSet checked! className_ ' +
  'cols# colSpan# contentEditable? controls! controlsList_ coords#, dateTime default! defer! ' +
  'disabled! download* draggable? formNoValidate! headers_ height# hidden* high# htmlFor_ ' +
  'httpEquiv_ inert! isMap! itemProp_ itemRef_ itemScope! itemType_ loop! low# maxLength# ' +
  'minLength# multiple! muted! noModule! noValidate! open! optimum# ping_ playsInline! ' +
  'readOnly! rel_ required! reversed! rows# rowSpan# sandbox_ scoped! seamless! selected! ' +
  'shadowRootClonable! shadowRootCustomElementRegistry! shadowRootDelegatesFocus! ' +
  'shadowRootSerializable! size# span# spellCheck? start# tabIndex# typeMustMatch! value? ' +
  'width# archive_ border# bottomMargin# compact! declare! hSpace# leftMargin# marginHeight# ' +
  'marginWidth# noResize! noHref! noShade! noWrap! rightMargin# scrolling? topMargin# vSpace# ' +
  'credentialless! disablePictureInPicture! disableRemotePlayback! exportParts, part_ results# '

interface Definition {
  space: 'html' | 'svg'
  attributes: Record<string, string>
  mustUseProperty?: string[]
  properties: Record<string, number | null>
  transform: (attributes: Record<string, string>, property: string) => string
}

/** The definition `property-information/lib/svg.js` hands to `create`. */
export function svgDefinition(): Definition {
  return read({space: 'svg', attributes: {}, properties: {}, transform}, properties)
}

/** The definition `property-information/lib/html.js` hands to `create`. */
export function htmlDefinition(): Definition {
  const attributes = {acceptcharset: 'accept-charset', classname: 'class', htmlfor: 'for', httpequiv: 'http-equiv'}
  const mustUseProperty = ['checked', 'multiple', 'muted', 'selected']
  return read({space: 'html', attributes, mustUseProperty, properties: {}, transform: (attributes, property) => transform(attributes, property.toLowerCase())}, htmlProperties)
}

/** `definition` with the properties of `list` (and their attributes) added. */
function read(definition: Definition, list: string): Definition {
  for (const entry of list.split(' ')) {
    if (!entry) continue
    const [head, name, marks] = /^([A-Za-z\d]+)([!?*#_,;]*)/.exec(entry)!
    const rule = entry.slice(head.length)
    let type = 0
    for (const mark of marks) type |= types[mark]
    definition.properties[name] = type || null
    if (rule === '-') definition.attributes[name] = name.replace(/[A-Z]/g, (upper) => '-' + upper.toLowerCase())
    else if (rule === '.') definition.attributes[name] = name.toLowerCase()
    else if (rule) definition.attributes[name] = rule.slice(1)
  }
  return definition
}

/** property-information's `caseSensitiveTransform` (`caseInsensitiveTransform` lowers the property first). */
function transform(attributes: Record<string, string>, property: string): string {
  return property in attributes ? attributes[property] : property
}
