// The browser build's `property-information/lib/svg.js` and `lib/html.js` (hast-util-to-html reads
// them for the attributes it writes): the same definitions, handed to the same `create`, each
// written as one string instead of object literals: 1.4 KB less gzip.
// test/browser/schemas.test.ts checks that each schema is property-information's, key for key.

/** property-information's types (lib/util/types.js), by the marks that follow a name here. */
const types: Record<string, number> = {'!': 2, '?': 4, '*': 8, '#': 16, _: 32, ',': 64, ';': 128}

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

/** Each property of the HTML schema in property-information's order, as its name and marks. */
const htmlProperties =
  'abbr accept, acceptCharset_ accessKey_ action allow allowFullScreen! allowPaymentRequest! ' +
  'allowUserMedia! alpha! alt as async! autoCapitalize autoComplete_ autoFocus! autoPlay! ' +
  'blocking_ capture charSet checked! cite className_ closedBy colorSpace cols# colSpan# ' +
  'command commandFor content contentEditable? controls! controlsList_ coords#, crossOrigin ' +
  'data dateTime decoding default! defer! dir dirName disabled! download* draggable? encType ' +
  'enterKeyHint fetchPriority form formAction formEncType formMethod formNoValidate! ' +
  'formTarget headers_ height# hidden* high# href hrefLang htmlFor_ httpEquiv_ id imageSizes ' +
  'imageSrcSet inert! inputMode integrity is isMap! itemId itemProp_ itemRef_ itemScope! ' +
  'itemType_ kind label lang language list loading loop! low# manifest max maxLength# media ' +
  'method min minLength# multiple! muted! name nonce noModule! noValidate! onAbort ' +
  'onAfterPrint onAuxClick onBeforeMatch onBeforePrint onBeforeToggle onBeforeUnload onBlur ' +
  'onCancel onCanPlay onCanPlayThrough onChange onClick onClose onContextLost onContextMenu ' +
  'onContextRestored onCopy onCueChange onCut onDblClick onDrag onDragEnd onDragEnter ' +
  'onDragExit onDragLeave onDragOver onDragStart onDrop onDurationChange onEmptied onEnded ' +
  'onError onFocus onFormData onHashChange onInput onInvalid onKeyDown onKeyPress onKeyUp ' +
  'onLanguageChange onLoad onLoadedData onLoadedMetadata onLoadEnd onLoadStart onMessage ' +
  'onMessageError onMouseDown onMouseEnter onMouseLeave onMouseMove onMouseOut onMouseOver ' +
  'onMouseUp onOffline onOnline onPageHide onPageShow onPaste onPause onPlay onPlaying ' +
  'onPopState onProgress onRateChange onRejectionHandled onReset onResize onScroll onScrollEnd ' +
  'onSecurityPolicyViolation onSeeked onSeeking onSelect onSlotChange onStalled onStorage ' +
  'onSubmit onSuspend onTimeUpdate onToggle onUnhandledRejection onUnload onVolumeChange ' +
  'onWaiting onWheel open! optimum# pattern ping_ placeholder playsInline! popover ' +
  'popoverTarget popoverTargetAction poster preload readOnly! referrerPolicy rel_ required! ' +
  'reversed! rows# rowSpan# sandbox_ scope scoped! seamless! selected! shadowRootClonable! ' +
  'shadowRootCustomElementRegistry! shadowRootDelegatesFocus! shadowRootMode ' +
  'shadowRootSerializable! shape size# sizes slot span# spellCheck? src srcDoc srcLang srcSet ' +
  'start# step style tabIndex# target title translate type typeMustMatch! useMap value? width# ' +
  'wrap writingSuggestions align aLink archive_ axis background bgColor border# borderColor ' +
  'bottomMargin# cellPadding cellSpacing char charOff classId clear code codeBase codeType ' +
  'color compact! declare! event face frame frameBorder hSpace# leftMargin# link longDesc ' +
  'lowSrc marginHeight# marginWidth# noResize! noHref! noShade! noWrap! object profile prompt ' +
  'rev rightMargin# rules scheme scrolling? standby summary text topMargin# valueType version ' +
  'vAlign vLink vSpace# allowTransparency autoCorrect autoSave credentialless! ' +
  'disablePictureInPicture! disableRemotePlayback! exportParts, part_ prefix property results# ' +
  'security unselectable '

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
