// The browser build's `property-information/lib/svg.js` (hast-util-to-html reads it for the
// attributes of an `<svg>` that a handler of yours returns): the same definition, handed to the
// same `create`, written as one string instead of two object literals: 1.0 KB less gzip.
// test/browser/svg.test.ts checks that the schema is property-information's, key for key.

/** property-information's types (lib/util/types.js), by the mark that follows a name here. */
const types: Record<string, number> = {'': 0, '!': 2, '#': 16, _: 32, ',': 64, ';': 128}

/**
 * Each property of the SVG schema in property-information's order, as its name, a mark for its
 * type (none: a plain string) and how its attribute is written: `-` kebab case (`fontSize`,
 * `font-size`), `.` lower case (`onClick`, `onclick`), `=` and the attribute, none the name itself.
 */
const properties =
  'about; accentHeight#- accumulate additive alignmentBaseline- alphabetic# amplitude# ' +
  'arabicForm- ascent# attributeName attributeType azimuth# bandwidth baselineShift- ' +
  'baseFrequency baseProfile bbox begin bias# by calcMode capHeight#- className_=class clip ' +
  'clipPath- clipPathUnits clipRule- color colorInterpolation- colorInterpolationFilters- ' +
  'colorProfile- colorRendering- content contentScriptType contentStyleType crossOrigin. cursor ' +
  'cx cy d dataType. defaultAction descent# diffuseConstant# direction display dur divisor# ' +
  'dominantBaseline- download! dx dy edgeMode editable elevation# enableBackground- end event ' +
  'exponent# externalResourcesRequired fill fillOpacity#- fillRule- filter filterRes filterUnits ' +
  'floodColor- floodOpacity- focusable focusHighlight fontFamily- fontSize- fontSizeAdjust- ' +
  'fontStretch- fontStyle- fontVariant- fontWeight- format fr from fx fy g1, g2, glyphName,- ' +
  'glyphOrientationHorizontal- glyphOrientationVertical- glyphRef gradientTransform gradientUnits ' +
  'handler hanging# hatchContentUnits hatchUnits height href hrefLang. horizAdvX#- horizOriginX#- ' +
  'horizOriginY#- id ideographic# imageRendering- initialVisibility in in2 intercept# k# k1# k2# ' +
  'k3# k4# kernelMatrix; kernelUnitLength keyPoints keySplines keyTimes kerning lang lengthAdjust ' +
  'letterSpacing- lightingColor- limitingConeAngle# local markerEnd- markerMid- markerStart- ' +
  'markerHeight markerUnits markerWidth mask maskContentUnits maskType- maskUnits mathematical ' +
  'max media mediaCharacterEncoding mediaContentEncodings mediaSize# mediaTime method min mode ' +
  'name navDown- navDownLeft- navDownRight- navLeft- navNext- navPrev- navRight- navUp- ' +
  'navUpLeft- navUpRight- numOctaves observer offset onAbort. onActivate. onAfterPrint. ' +
  'onBeforePrint. onBegin. onCancel. onCanPlay. onCanPlayThrough. onChange. onClick. onClose. ' +
  'onCopy. onCueChange. onCut. onDblClick. onDrag. onDragEnd. onDragEnter. onDragExit. ' +
  'onDragLeave. onDragOver. onDragStart. onDrop. onDurationChange. onEmptied. onEnd. onEnded. ' +
  'onError. onFocus. onFocusIn. onFocusOut. onHashChange. onInput. onInvalid. onKeyDown. ' +
  'onKeyPress. onKeyUp. onLoad. onLoadedData. onLoadedMetadata. onLoadStart. onMessage. ' +
  'onMouseDown. onMouseEnter. onMouseLeave. onMouseMove. onMouseOut. onMouseOver. onMouseUp. ' +
  'onMouseWheel. onOffline. onOnline. onPageHide. onPageShow. onPaste. onPause. onPlay. ' +
  'onPlaying. onPopState. onProgress. onRateChange. onRepeat. onReset. onResize. onScroll. ' +
  'onSeeked. onSeeking. onSelect. onShow. onStalled. onStorage. onSubmit. onSuspend. ' +
  'onTimeUpdate. onToggle. onUnload. onVolumeChange. onWaiting. onZoom. opacity operator order ' +
  'orient orientation origin overflow overlay overlinePosition#- overlineThickness#- paintOrder- ' +
  'panose1=panose-1 path pathLength# patternContentUnits patternTransform patternUnits phase ' +
  'ping_ pitch playbackOrder. pointerEvents- points pointsAtX# pointsAtY# pointsAtZ# ' +
  'preserveAlpha preserveAspectRatio primitiveUnits propagate property; r radius referrerPolicy. ' +
  'refX refY rel; rev; renderingIntent- repeatCount repeatDur requiredExtensions; ' +
  'requiredFeatures; requiredFonts; requiredFormats; resource restart result rotate rx ry scale ' +
  'seed shapeRendering- side slope snapshotTime specularConstant# specularExponent# spreadMethod ' +
  'spacing startOffset stdDeviation stemh stemv stitchTiles stopColor- stopOpacity- ' +
  'strikethroughPosition#- strikethroughThickness#- string stroke ' +
  'strokeDashArray;=stroke-dasharray strokeDashOffset=stroke-dashoffset ' +
  'strokeLineCap=stroke-linecap strokeLineJoin=stroke-linejoin ' +
  'strokeMiterLimit#=stroke-miterlimit strokeOpacity#- strokeWidth- style surfaceScale# ' +
  'syncBehavior syncBehaviorDefault syncMaster syncTolerance syncToleranceDefault systemLanguage; ' +
  'tabIndex#. tableValues target targetX# targetY# textAnchor- textDecoration- textRendering- ' +
  'textLength timelineBegin. title transformBehavior type typeOf;. to transform transformOrigin- ' +
  'u1 u2 underlinePosition#- underlineThickness#- unicode unicodeBidi- unicodeRange- unitsPerEm#- ' +
  'values vAlphabetic#- vMathematical#- vectorEffect- vHanging#- vIdeographic#- version ' +
  'vertAdvY#- vertOriginX#- vertOriginY#- viewBox viewTarget visibility width widths wordSpacing- ' +
  'writingMode- x x1 x2 xChannelSelector xHeight#- y y1 y2 yChannelSelector z zoomAndPan '

interface Definition {
  space: 'svg'
  attributes: Record<string, string>
  properties: Record<string, number | null>
  transform: (attributes: Record<string, string>, property: string) => string
}

/** The definition `property-information/lib/svg.js` hands to `create`. */
export function svgDefinition(): Definition {
  const definition: Definition = {space: 'svg', attributes: {}, properties: {}, transform}
  for (const entry of properties.split(' ')) {
    if (!entry) continue
    const [head, name, mark] = /^([A-Za-z\d]+)([!#_,;]?)/.exec(entry)!
    const rule = entry.slice(head.length)
    definition.properties[name] = types[mark] || null
    if (rule === '-') definition.attributes[name] = name.replace(/[A-Z]/g, (upper) => '-' + upper.toLowerCase())
    else if (rule === '.') definition.attributes[name] = name.toLowerCase()
    else if (rule) definition.attributes[name] = rule.slice(1)
  }
  return definition
}

/** property-information's `caseSensitiveTransform`. */
function transform(attributes: Record<string, string>, property: string): string {
  return property in attributes ? attributes[property] : property
}
