import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * North American area codes by zone. Where an area code straddles a zone line (Florida's panhandle,
 * Indiana, Kentucky, Tennessee, Texas, Idaho, the Dakotas) it is filed under the zone most of its
 * subscribers live in; onboarding always asks the client to confirm.
 */
const ZONE_AREA_CODES: Record<string, string> = {
  'America/New_York': [
    // CT DE DC
    '203 475 860 959 302 202 771',
    // FL (peninsula)
    '239 305 321 324 352 386 407 561 645 656 689 727 754 772 786 813 863 904 941 954',
    // GA
    '229 404 470 478 678 706 762 770 912 943',
    // IN (all but the northwest)
    '260 317 463 574 765 812 930',
    // KY (east) ME MD MA
    '502 606 859 207 227 240 301 410 443 667 339 351 413 508 617 774 781 857 978',
    // NH NJ
    '603 201 551 609 640 732 848 856 862 908 973',
    // NY
    '212 315 332 347 363 516 518 585 607 624 631 646 680 716 718 838 845 914 917 929 934',
    // NC OH
    '252 336 704 743 828 910 919 980 984 216 220 234 283 326 330 380 419 436 440 513 567 614 740 937',
    // PA RI SC
    '215 223 267 272 412 445 484 570 582 610 717 724 814 835 878 401 803 839 843 854 864',
    // TN (east) VT VA WV
    '423 865 802 276 434 540 571 703 757 804 826 948 304 681',
  ].join(' '),
  'America/Detroit': '231 248 269 313 517 586 616 679 734 810 906 947 989',
  'America/Toronto': [
    // ON (all but the far west)
    '226 249 289 343 365 382 416 437 519 548 613 647 683 705 742 753 807 905',
    // QC
    '263 354 367 418 438 450 468 514 579 581 819 873',
  ].join(' '),
  'America/Chicago': [
    // FL panhandle, IN northwest, KY west, TN (middle and west)
    '850 448 219 270 364 615 629 731 901 931',
    // AL AR
    '205 251 256 334 483 659 938 327 479 501 870',
    // IL IA
    '217 224 309 312 331 447 464 618 630 708 730 773 779 815 847 861 872 319 515 563 641 712',
    // KS LA MN
    '316 620 785 913 225 318 337 457 504 985 218 320 507 612 651 763 924 952',
    // MS MO NE ND OK SD
    '228 601 662 769 235 314 417 557 573 636 660 816 975 308 402 531 701 405 539 572 580 918 605',
    // TX (all but El Paso)
    '210 214 254 281 325 346 361 409 430 432 469 512 682 713 726 737 806 817 830 832 903 936 940 945 956 972 979',
    // WI
    '262 274 353 414 534 608 715 920',
  ].join(' '),
  'America/Winnipeg': '204 431 584',
  'America/Regina': '306 474 639',
  'America/Denver': '303 719 720 970 983 406 505 575 385 435 801 307 915',
  'America/Boise': '208 986',
  'America/Edmonton': '368 403 587 780 825',
  'America/Phoenix': '480 520 602 623 928',
  'America/Los_Angeles': [
    // CA
    '209 213 279 310 323 341 350 369 408 415 424 442 510 530 559 562 619 626 628 650 657 661 669 707 714 738 747 760 805 818 820 831 837 840 858 909 916 925 949 951',
    // NV OR WA
    '702 725 775 458 503 541 971 206 253 360 425 509 564',
  ].join(' '),
  'America/Vancouver': '236 250 257 604 672 778',
  'America/Anchorage': '907',
  'Pacific/Honolulu': '808',
  'America/Halifax': '782 902',
  'America/Moncton': '428 506',
  'America/St_Johns': '709 879',
  'America/Whitehorse': '867',
  'America/Puerto_Rico': '787 939',
};

const BY_AREA_CODE: ReadonlyMap<string, string> = new Map(
  Object.entries(ZONE_AREA_CODES).flatMap(([zone, codes]) => codes.split(/\s+/).filter((c) => c !== '').map((c) => [c, zone] as const)),
);

/** Outside North America, one zone per country covers most numbers well enough to propose. */
const COUNTRY_ZONES: Record<string, string> = {
  GB: 'Europe/London', GG: 'Europe/London', JE: 'Europe/London', IM: 'Europe/London', IE: 'Europe/Dublin', FR: 'Europe/Paris', DE: 'Europe/Berlin', NL: 'Europe/Amsterdam',
  BE: 'Europe/Brussels', ES: 'Europe/Madrid', IT: 'Europe/Rome', PT: 'Europe/Lisbon', CH: 'Europe/Zurich',
  AT: 'Europe/Vienna', SE: 'Europe/Stockholm', NO: 'Europe/Oslo', DK: 'Europe/Copenhagen', FI: 'Europe/Helsinki',
  PL: 'Europe/Warsaw', CZ: 'Europe/Prague', GR: 'Europe/Athens', IL: 'Asia/Jerusalem', AE: 'Asia/Dubai',
  IN: 'Asia/Kolkata', SG: 'Asia/Singapore', HK: 'Asia/Hong_Kong', JP: 'Asia/Tokyo', KR: 'Asia/Seoul',
  NZ: 'Pacific/Auckland', ZA: 'Africa/Johannesburg', PH: 'Asia/Manila',
};

/** Number of North American area codes mapped (for the report and tests). */
export const AREA_CODE_COUNT = BY_AREA_CODE.size;

/** "+14155550123" → "415"; null for a number outside the North American plan. */
export function areaCodeOf(phone: string): string | null {
  const m = /^\+1(\d{3})\d{7}$/.exec(phone.replace(/[\s().-]/g, ''));
  return m ? m[1]! : null;
}

export function timezoneForAreaCode(areaCode: string): string | null {
  return BY_AREA_CODE.get(areaCode) ?? null;
}

/**
 * The zone to propose for a phone number: from the area code in North America, from the country
 * elsewhere (for countries with one main zone). Null when we cannot tell.
 */
export function guessTimezoneFromPhone(phone: string): string | null {
  const code = areaCodeOf(phone);
  if (code !== null) return timezoneForAreaCode(code);
  const parsed = parsePhoneNumberFromString(phone);
  const country = parsed?.country;
  return country ? (COUNTRY_ZONES[country] ?? null) : null;
}

/** North American numbers get miles and pounds; everyone else kilometres and kilograms. */
export function unitsForPhone(phone: string): 'imperial' | 'metric' {
  const code = areaCodeOf(phone);
  if (code === null) return 'metric';
  const zone = timezoneForAreaCode(code);
  // Canada's area codes map to Canadian zones; Canadians train in kg and run in km.
  const canadian = zone !== null && /Toronto|Winnipeg|Regina|Edmonton|Vancouver|Halifax|Moncton|St_Johns|Whitehorse/.test(zone);
  return canadian ? 'metric' : 'imperial';
}
