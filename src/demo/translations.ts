import { enumLabel } from '../core/contract/headers';
import { TRANSLATION_STATUS } from '../core/contract/sheets';
import { CATALOGUE } from './catalogue';
import type { DemoProduct } from './catalogue';
import { contractTab } from './tabs';
import type { DemoRecord, DemoTab } from './tabs';
import { SITE_OWNER } from './team';

/** The four sites that list from the UK file, translated (R2.2, R4.6). */
export type EuSite = 'DE' | 'FR' | 'IT' | 'ES';
export const EU_SITES: EuSite[] = ['DE', 'FR', 'IT', 'ES'];

/** A listing in one site's language. */
export interface SiteText {
  title: string;
  bullets: string[];
  description: string;
  keywords: string;
}

/** The parts of a listing that are the same for every colour and size of a variation family. */
type Family = (variant: { colour: string; size: string } | null) => SiteText;

const COLOUR_WORDS: Record<EuSite, Record<string, string>> = {
  DE: { Grey: 'Grau', Beige: 'Beige' },
  FR: { Grey: 'Gris', Beige: 'Beige' },
  IT: { Grey: 'Grigio', Beige: 'Beige' },
  ES: { Grey: 'Gris', Beige: 'Beige' },
};

const LAMP: Record<EuSite, SiteText> = {
  DE: {
    title:
      'Lumora LD-300 LED Schreibtischlampe, dimmbare Touch-Steuerung, Leselampe mit USB-Ladeanschluss, 3 Farbmodi, faltbarer Arm aus Aluminium, Weiß',
    bullets: [
      'DIMMBAR PER TOUCH: 5 Helligkeitsstufen und 3 Farbtemperaturen (3000K warm, 4500K neutral, 6500K kalt) für Lesen, Lernen und Arbeiten.',
      'AUGENSCHONEND: flimmerfreie LEDs hinter einem matten Diffusor sorgen für weiches, blendfreies Licht.',
      'USB-LADEANSCHLUSS: ein 5V/1A-Anschluss im Fuß lädt Ihr Handy, während Sie arbeiten; Netzstecker für Deutschland inklusive.',
    ],
    description:
      'Technische Daten: Material Aluminium und ABS; Farbe Weiß; Leistung 10 W; Eingang 5 V / 2 A; Farbtemperatur 3000-6500 K; 5 Helligkeitsstufen; Armlänge 36 cm; Fuß 13 x 13 cm; Gewicht 0,6 kg.\n\nEigenschaften: Touch-Dimmung mit Speicherfunktion, drei Farbmodi, flimmerfreie LEDs, USB-Ladeanschluss im Fuß, faltbarer Arm mit drehbarem Kopf.',
    keywords:
      'leselampe nachttischlampe bürolampe tischlampe dimmbar augenschonend touch lampe usb led lampe klappbar',
  },
  FR: {
    title:
      'Lumora LD-300 Lampe de Bureau LED à Intensité Variable, Commande Tactile, Port USB, 3 Modes Couleur, Bras Pliable en Aluminium, Blanc',
    bullets: [
      'VARIATEUR TACTILE : 5 niveaux de luminosité et 3 températures de couleur (3000K chaude, 4500K naturelle, 6500K froide) pour lire, étudier ou travailler.',
      'LUMIÈRE DOUCE POUR LES YEUX : LED sans scintillement derrière un diffuseur dépoli, sans éblouissement.',
      'PORT DE CHARGE USB : un port 5V/1A dans le socle recharge votre téléphone ; adaptateur secteur européen inclus.',
    ],
    description:
      'Caractéristiques techniques : aluminium et ABS ; couleur blanc ; puissance 10 W ; entrée 5 V / 2 A ; température de couleur 3000-6500 K ; 5 niveaux de luminosité ; bras de 36 cm ; socle 13 x 13 cm ; poids 0,6 kg.\n\nPoints forts : variation tactile avec mémoire, trois modes de couleur, LED sans scintillement, port USB dans le socle, bras pliable et tête orientable.',
    keywords:
      'lampe de chevet lampe de lecture lampe table led tactile dimmable bureau étude usb pliable',
  },
  IT: {
    title:
      'Lumora LD-300 Lampada da Scrivania LED Dimmerabile, Controllo Touch, Porta di Ricarica USB, 3 Modalità Colore, Braccio Pieghevole in Alluminio, Bianco',
    bullets: [
      'DIMMERABILE AL TOCCO: 5 livelli di luminosità e 3 temperature di colore (3000K calda, 4500K naturale, 6500K fredda) per leggere, studiare o lavorare.',
      'LUCE CHE PROTEGGE GLI OCCHI: LED senza sfarfallio dietro un diffusore satinato, senza abbagliamento.',
      'PORTA USB: una porta 5V/1A nella base ricarica il telefono mentre lavori; adattatore con spina italiana incluso.',
    ],
    description:
      'Specifiche: alluminio e ABS; colore bianco; potenza 10 W; ingresso 5 V / 2 A; temperatura di colore 3000-6500 K; 5 livelli di luminosità; braccio 36 cm; base 13 x 13 cm; peso 0,6 kg.\n\nCaratteristiche: regolazione touch con memoria, tre modalità colore, LED senza sfarfallio, porta USB nella base, braccio pieghevole con testa orientabile.',
    keywords:
      'lampada lettura lampada comodino lampada tavolo led touch dimmerabile ufficio studio usb pieghevole',
  },
  ES: {
    title:
      'Lumora LD-300 Lámpara de Escritorio LED Regulable con Control Táctil, Puerto USB, 3 Modos de Color, Brazo Plegable en Aluminio, Blanco',
    bullets: [
      'REGULABLE AL TACTO: 5 niveles de brillo y 3 temperaturas de color (3000K cálida, 4500K natural, 6500K fría) para leer, estudiar o trabajar.',
      'CUIDA TUS OJOS: LED sin parpadeo tras un difusor mate que da una luz suave y sin deslumbrar.',
      'PUERTO DE CARGA USB: un puerto de 5V/1A en la base carga tu móvil mientras trabajas; adaptador de enchufe europeo incluido.',
    ],
    description:
      'Especificaciones: aluminio y ABS; color blanco; potencia 10 W; entrada 5 V / 2 A; temperatura de color 3000-6500 K; 5 niveles de brillo; brazo de 36 cm; base de 13 x 13 cm; peso 0,6 kg.\n\nCaracterísticas: regulación táctil con memoria, tres modos de color, LED sin parpadeo, puerto USB en la base, brazo plegable con cabezal giratorio.',
    keywords:
      'lampara lectura lampara mesita de noche flexo led regulable tactil oficina estudio usb plegable',
  },
};

const BOXES: Record<EuSite, SiteText> = {
  DE: {
    title:
      'Lumora BB-3 Aufbewahrungsbox aus Bambus mit Deckel, stapelbare Boxen im 3er-Set für Bad, Küche und Schreibtisch, Natur',
    bullets: [
      '3 GRÖSSEN IM SET: klein 18 x 12 cm, mittel 22 x 16 cm und groß 26 x 20 cm; die Boxen lassen sich ineinander stellen und mit Deckel stapeln.',
      'NATÜRLICHER BAMBUS: nachhaltig angebaut, glatt geschliffen und mit wasserbasiertem Lack gegen Feuchtigkeit geschützt.',
      'ORDNUNG IN JEDEM RAUM: für Teebeutel, Kosmetik, Kabel, Fernbedienungen oder Bastelbedarf.',
    ],
    description:
      'Technische Daten: Material Bambus mit wasserbasiertem Lack; Farbe Natur; klein 18 x 12 x 8 cm, mittel 22 x 16 x 9 cm, groß 26 x 20 x 10 cm; Gesamtgewicht 0,8 kg; 3 Boxen mit Deckel.\n\nEigenschaften: platzsparend ineinander verstaubar, stapelbare Deckel, feuchtigkeitsbeständig, abgerundete Ecken, warme natürliche Maserung.',
    keywords:
      'holzbox aufbewahrung organizer badezimmer küche teebox ordnungsbox deckel nachhaltig schreibtisch',
  },
  FR: {
    title:
      'Lumora BB-3 Boîtes de Rangement en Bambou avec Couvercle, 3 Pièces Empilables pour Salle de Bain, Cuisine et Bureau, Naturel',
    bullets: [
      "3 TAILLES : petite 18 x 12 cm, moyenne 22 x 16 cm et grande 26 x 20 cm ; les boîtes s'emboîtent et s'empilent avec leur couvercle.",
      "BAMBOU NATUREL : cultivé durablement, poncé et protégé par un vernis à l'eau qui résiste à l'humidité.",
      "DE L'ORDRE PARTOUT : sachets de thé, cosmétiques, câbles, télécommandes ou fournitures de loisirs créatifs.",
    ],
    description:
      "Caractéristiques techniques : bambou verni à l'eau ; couleur naturelle ; petite 18 x 12 x 8 cm, moyenne 22 x 16 x 9 cm, grande 26 x 20 x 10 cm ; poids total 0,8 kg ; 3 boîtes avec couvercle.\n\nPoints forts : se rangent les unes dans les autres, couvercles empilables, finition résistante à l'humidité, coins arrondis, veinage naturel.",
    keywords:
      'boite bois rangement organisateur salle de bain cuisine boite à thé bureau empilable écologique',
  },
  IT: {
    title:
      'Lumora BB-3 Scatola Portaoggetti in Bambù con Coperchio, Set di 3 Scatole Impilabili per Bagno, Cucina e Scrivania, Naturale',
    bullets: [
      "3 MISURE: piccola 18 x 12 cm, media 22 x 16 cm e grande 26 x 20 cm; le scatole si inseriscono l'una nell'altra e si impilano con il coperchio.",
      "BAMBÙ NATURALE: coltivato in modo sostenibile, levigato e protetto da una vernice all'acqua resistente all'umidità.",
      'ORDINE IN OGNI STANZA: per bustine di tè, cosmetici, cavi, telecomandi o materiale per hobby.',
    ],
    description:
      "Specifiche: bambù con vernice all'acqua; colore naturale; piccola 18 x 12 x 8 cm, media 22 x 16 x 9 cm, grande 26 x 20 x 10 cm; peso totale 0,8 kg; 3 scatole con coperchio.\n\nCaratteristiche: si ripongono una dentro l'altra, coperchi impilabili, finitura resistente all'umidità, angoli arrotondati, venature naturali.",
    keywords:
      'scatola legno contenitore organizer bagno cucina scatola tè scrivania impilabile ecologico',
  },
  ES: {
    title:
      'Lumora BB-3 Caja de Almacenaje en Bambú con Tapa, Juego de 3 Cajas Apilables para Baño, Cocina y Escritorio, Natural',
    bullets: [
      '3 TAMAÑOS: pequeña 18 x 12 cm, mediana 22 x 16 cm y grande 26 x 20 cm; las cajas se guardan una dentro de otra y se apilan con su tapa.',
      'BAMBÚ NATURAL: de cultivo sostenible, lijado y protegido con barniz al agua resistente a la humedad.',
      'ORDEN EN CADA RINCÓN: para bolsitas de té, cosméticos, cables, mandos o material de manualidades.',
    ],
    description:
      'Especificaciones: bambú con barniz al agua; color natural; pequeña 18 x 12 x 8 cm, mediana 22 x 16 x 9 cm, grande 26 x 20 x 10 cm; peso total 0,8 kg; 3 cajas con tapa.\n\nCaracterísticas: se guardan una dentro de otra, tapas apilables, acabado resistente a la humedad, esquinas redondeadas, veta natural.',
    keywords:
      'caja madera organizador baño cocina caja de té escritorio apilable ecológico almacenaje',
  },
};

const TEA_SET: Record<EuSite, SiteText> = {
  DE: {
    title:
      'Lumora TS-2 Teeservice aus Keramik für Reisen, tragbares Etui mit Teekanne, Teesieb und 2 Tassen, Porzellan in Blau und Weiß, Geschenkset',
    bullets: [
      'TEE ÜBERALL: Teekanne mit 200 ml, Edelstahl-Teesieb und zwei Tassen mit 60 ml in einem gepolsterten Etui für Picknick, Hotel und Büro.',
      'BLAU-WEISSES PORZELLAN: handbemalte Glasur, bei 1300°C gebrannt, bleifrei und leicht zu reinigen.',
      'SICHER VERPACKT: jedes Teil liegt in einem eigenen Schaumstofffach, im bedruckten Geschenkkarton.',
    ],
    description:
      'Technische Daten: Material Porzellan; Teekanne 200 ml; 2 Tassen à 60 ml; Teesieb aus Edelstahl; Etui 20 x 15 x 12 cm; Gewicht 0,7 kg.\n\nEigenschaften: handbemalte blau-weiße Glasur, bleifrei, spülmaschinenfeste Tassen, feines Sieb für losen Tee, gepolstertes Reiseetui mit Reißverschluss, Geschenkkarton.',
    keywords:
      'reise teeset tragbare teekanne chinesisches teeset tee geschenk porzellan tassen picknick teeliebhaber',
  },
  FR: {
    title:
      'Lumora TS-2 Service à Thé en Céramique pour le Voyage, Étui Portable avec Théière, Infuseur et 2 Tasses, Porcelaine Bleu et Blanc, Coffret Cadeau',
    bullets: [
      "LE THÉ PARTOUT : une théière de 200 ml avec infuseur inox et deux tasses de 60 ml dans un étui rembourré, pour le pique-nique, l'hôtel ou le bureau.",
      'PORCELAINE BLEU ET BLANC : émail peint à la main, cuit à 1300°C, sans plomb et facile à nettoyer.',
      'BIEN PROTÉGÉ : chaque pièce a son logement en mousse, dans un coffret cadeau imprimé.',
    ],
    description:
      'Caractéristiques techniques : porcelaine ; théière 200 ml ; 2 tasses de 60 ml ; infuseur en inox ; étui 20 x 15 x 12 cm ; poids 0,7 kg.\n\nPoints forts : émail bleu et blanc peint à la main, sans plomb, tasses lavables au lave-vaisselle, infuseur à maille fine, étui de voyage zippé, coffret cadeau.',
    keywords:
      'service à thé voyage théière portable thé chinois cadeau tasses porcelaine infuseur pique-nique',
  },
  IT: {
    title:
      'Lumora TS-2 Servizio da Tè in Ceramica da Viaggio, Custodia Portatile con Teiera, Infusore e 2 Tazze, Porcellana Blu e Bianca, Confezione Regalo',
    bullets: [
      'TÈ OVUNQUE: teiera da 200 ml con infusore in acciaio e due tazze da 60 ml in una custodia imbottita, per picnic, hotel e ufficio.',
      'PORCELLANA BLU E BIANCA: smalto dipinto a mano, cotto a 1300°C, senza piombo e facile da pulire.',
      'IMBALLO SICURO: ogni pezzo ha il suo alloggiamento in schiuma, nella confezione regalo stampata.',
    ],
    description:
      'Specifiche: porcellana; teiera 200 ml; 2 tazze da 60 ml; infusore in acciaio inox; custodia 20 x 15 x 12 cm; peso 0,7 kg.\n\nCaratteristiche: smalto blu e bianco dipinto a mano, senza piombo, tazze lavabili in lavastoviglie, infusore a maglia fine, custodia da viaggio con cerniera, confezione regalo.',
    keywords:
      'set tè viaggio teiera portatile tè cinese regalo tazze porcellana infusore picnic amanti del tè',
  },
  ES: {
    title:
      'Lumora TS-2 Juego de Té de Cerámica para Viaje, Estuche Portátil con Tetera, Infusor y 2 Tazas, Porcelana Azul y Blanca, Caja Regalo',
    bullets: [
      'TÉ EN CUALQUIER LUGAR: tetera de 200 ml con infusor de acero y dos tazas de 60 ml en un estuche acolchado, para pícnics, hoteles y la oficina.',
      'PORCELANA AZUL Y BLANCA: esmalte pintado a mano, cocido a 1300°C, sin plomo y fácil de limpiar.',
      'BIEN PROTEGIDO: cada pieza va en su hueco de espuma, dentro de una caja regalo impresa.',
    ],
    description:
      'Especificaciones: porcelana; tetera de 200 ml; 2 tazas de 60 ml; infusor de acero inoxidable; estuche de 20 x 15 x 12 cm; peso 0,7 kg.\n\nCaracterísticas: esmalte azul y blanco pintado a mano, sin plomo, tazas aptas para lavavajillas, infusor de malla fina, estuche de viaje con cremallera, caja regalo.',
    keywords:
      'juego de té de viaje tetera portátil té chino regalo tazas porcelana infusor picnic amantes del té',
  },
};

const UTENSILS: Record<EuSite, SiteText> = {
  DE: {
    title:
      'Lumora SK-5 Küchenhelfer-Set aus Silikon, 5-teilig, hitzebeständig bis 230°C, Pfannenwender, Schöpfkelle, Schaumlöffel, Spatel und Zange mit Holzgriffen, Grau',
    bullets: [
      'FÜNF HELFER: Spatel, Pfannenwender, Schöpfkelle, Schaumlöffel und Zange für Braten, Rühren, Servieren und Wenden.',
      'HITZEBESTÄNDIG BIS 230°C: Köpfe aus lebensmittelechtem Silikon schmelzen nicht und zerkratzen keine beschichteten Pfannen.',
      'HOLZGRIFFE: Griffe aus Buchenholz bleiben kühl und liegen gut in der Hand.',
    ],
    description:
      'Technische Daten: Köpfe aus lebensmittelechtem Silikon, BPA-frei; Griffe aus Buchenholz; hitzebeständig bis 230°C; Länge 28-32 cm; Farbe Grau; 5 Teile.\n\nEigenschaften: schonend für beschichtetes Kochgeschirr, nahtlose Köpfe, Aufhängeösen, komplettes Set zum Braten, Rühren und Servieren.',
    keywords:
      'kochbesteck küchenutensilien pfannenwender set antihaft holzgriff zange kelle bpa frei geschenk',
  },
  FR: {
    title:
      "Lumora SK-5 Set d'Ustensiles de Cuisine en Silicone, 5 Pièces, Résistant à 230°C, Spatule, Pelle, Louche, Cuillère à Égoutter et Pince, Manches Bois, Gris",
    bullets: [
      'CINQ ESSENTIELS : spatule, pelle, louche, cuillère à égoutter et pince pour frire, remuer, servir et retourner.',
      "RÉSISTANT JUSQU'À 230°C : têtes en silicone alimentaire qui ne fondent pas et ne rayent pas les poêles antiadhésives.",
      'MANCHES EN BOIS : le hêtre reste frais et offre une bonne prise en main.',
    ],
    description:
      "Caractéristiques techniques : têtes en silicone alimentaire sans BPA ; manches en hêtre ; résistance jusqu'à 230°C ; longueur 28-32 cm ; couleur gris ; 5 pièces.\n\nPoints forts : respecte les revêtements antiadhésifs, têtes sans jointure, trous pour suspendre, set complet pour cuisiner et servir.",
    keywords:
      'ustensiles cuisine spatule silicone antiadhésif manche bois pince louche sans bpa cadeau',
  },
  IT: {
    title:
      'Lumora SK-5 Set di Utensili da Cucina in Silicone, 5 Pezzi, Resistente al Calore fino a 230°C, Spatola, Paletta, Mestolo, Schiumarola e Pinza con Manici in Legno, Grigio',
    bullets: [
      'CINQUE ESSENZIALI: spatola, paletta, mestolo, schiumarola e pinza per friggere, mescolare, servire e girare.',
      'RESISTENTE FINO A 230°C: teste in silicone alimentare che non si sciolgono e non graffiano le padelle antiaderenti.',
      'MANICI IN LEGNO: il faggio resta fresco e offre una presa comoda.',
    ],
    description:
      'Specifiche: teste in silicone alimentare senza BPA; manici in faggio; resistenza al calore fino a 230°C; lunghezza 28-32 cm; colore grigio; 5 pezzi.\n\nCaratteristiche: sicuri sulle pentole antiaderenti, teste senza giunture, fori per appendere, set completo per cucinare e servire.',
    keywords:
      'utensili cucina spatola silicone antiaderente manico legno pinza mestolo senza bpa regalo',
  },
  ES: {
    title:
      'Lumora SK-5 Utensilios de Cocina en Silicona, Set 5 Piezas, Resistentes al Calor hasta 230°C, Espátula, Pala, Cucharón, Espumadera y Pinzas, Mangos de Madera, Gris',
    bullets: [
      'CINCO BÁSICOS: espátula, pala, cucharón, espumadera y pinzas para freír, remover, servir y dar la vuelta.',
      'RESISTENTES HASTA 230°C: cabezales de silicona alimentaria que no se derriten ni rayan las sartenes antiadherentes.',
      'MANGOS DE MADERA: la madera de haya se mantiene fría y se agarra con comodidad.',
    ],
    description:
      'Especificaciones: cabezales de silicona alimentaria sin BPA; mangos de haya; resistencia al calor hasta 230°C; longitud 28-32 cm; color gris; 5 piezas.\n\nCaracterísticas: seguros para sartenes antiadherentes, cabezales sin juntas, agujeros para colgar, juego completo para cocinar y servir.',
    keywords:
      'utensilios cocina espátula silicona antiadherente mango madera pinzas cucharón sin bpa regalo',
  },
};

const NIGHT_LIGHT: Record<EuSite, SiteText> = {
  DE: {
    title:
      'Lumora NL-1 Wiederaufladbares Nachtlicht für Kinder, dimmbare Touch-Lampe aus Silikon, Warmweiß LED, 1200mAh Akku, USB-C, Weiß',
    bullets: [
      'DIMMBAR PER TOUCH: antippen zum Einschalten, gedrückt halten zum Dimmen; sanftes warmes Licht zum Stillen und Vorlesen.',
      'WIEDERAUFLADBAR: der 1200mAh-Akku hält bis zu 10 Stunden und lädt in 2 Stunden über USB-C.',
      'SICHER FÜR KINDER: weiches, BPA-freies Silikon, das kühl bleibt, nachts ohne Kabel.',
    ],
    description:
      'Technische Daten: Gehäuse aus Silikon, BPA-frei; Akku 1200mAh Lithium; Laden über USB-C, 5 V; Leuchtdauer bis 10 Stunden; Größe 10 x 10 x 9 cm; Gewicht 0,15 kg.\n\nEigenschaften: Touch-Dimmung, warmweißes Licht, 30-Minuten-Timer, kabellos in der Nacht, weiches und kindersicheres Gehäuse.',
    keywords:
      'baby nachtlampe kinderzimmer lampe stilllicht nachttischlampe tragbar dimmbar kabellos kleinkind',
  },
  FR: {
    title:
      'Lumora NL-1 Veilleuse Rechargeable pour Enfant, Lampe Tactile à Intensité Variable en Silicone, LED Blanc Chaud, Batterie 1200mAh, USB-C, Blanc',
    bullets: [
      'TACTILE ET RÉGLABLE : touchez pour allumer, maintenez pour varier ; une lueur chaude pour les tétées et les histoires du soir.',
      "RECHARGEABLE : la batterie de 1200mAh tient jusqu'à 10 heures et se recharge en 2 heures par USB-C.",
      'SÛRE POUR LES ENFANTS : coque en silicone souple sans BPA qui reste froide, sans câble la nuit.',
    ],
    description:
      "Caractéristiques techniques : coque en silicone sans BPA ; batterie lithium 1200mAh ; charge USB-C, 5 V ; autonomie jusqu'à 10 heures ; dimensions 10 x 10 x 9 cm ; poids 0,15 kg.\n\nPoints forts : variation tactile, lumière blanc chaud, minuterie de 30 minutes, sans fil la nuit, coque douce adaptée aux enfants.",
    keywords:
      'veilleuse bébé lampe chambre enfant lumière allaitement lampe de chevet portable sans fil tactile',
  },
  IT: {
    title:
      'Lumora NL-1 Luce Notturna Ricaricabile per Bambini, Lampada Touch Dimmerabile in Silicone, LED Bianco Caldo, Batteria 1200mAh, USB-C, Bianco',
    bullets: [
      'DIMMERABILE AL TOCCO: tocca per accendere, tieni premuto per regolare; una luce calda per le poppate e le favole della buonanotte.',
      'RICARICABILE: la batteria da 1200mAh dura fino a 10 ore e si ricarica in 2 ore via USB-C.',
      'SICURA PER I BAMBINI: guscio in silicone morbido senza BPA che resta freddo, niente cavi di notte.',
    ],
    description:
      'Specifiche: guscio in silicone senza BPA; batteria al litio 1200mAh; ricarica USB-C, 5 V; autonomia fino a 10 ore; misure 10 x 10 x 9 cm; peso 0,15 kg.\n\nCaratteristiche: regolazione touch, luce bianca calda, timer di 30 minuti, senza fili di notte, guscio morbido adatto ai bambini.',
    keywords:
      'lampada notte neonato luce cameretta allattamento abat jour portatile senza fili touch',
  },
  ES: {
    title:
      'Lumora NL-1 Luz Nocturna Recargable para Niños, Lámpara Táctil Regulable de Silicona, LED Blanco Cálido, Batería 1200mAh, USB-C, Blanco',
    bullets: [
      'REGULABLE AL TACTO: toca para encender, mantén pulsado para regular; una luz cálida para las tomas nocturnas y los cuentos.',
      'RECARGABLE: la batería de 1200mAh dura hasta 10 horas y se carga en 2 horas por USB-C.',
      'SEGURA PARA NIÑOS: carcasa de silicona blanda sin BPA que no se calienta, sin cables por la noche.',
    ],
    description:
      'Especificaciones: carcasa de silicona sin BPA; batería de litio de 1200mAh; carga USB-C, 5 V; autonomía hasta 10 horas; medidas 10 x 10 x 9 cm; peso 0,15 kg.\n\nCaracterísticas: regulación táctil, luz blanca cálida, temporizador de 30 minutos, sin cables por la noche, carcasa suave apta para niños.',
    keywords:
      'lampara quitamiedos bebé luz habitación infantil lactancia lámpara portátil inalámbrica táctil',
  },
};

function variantSuffix(
  site: EuSite,
  variant: { colour: string; size: string } | null,
): { colour: string; tail: string } {
  if (!variant) return { colour: '', tail: '' };
  const colour = COLOUR_WORDS[site][variant.colour];
  return { colour, tail: `, ${colour}, ${variant.size}` };
}

const BLANKET: Record<EuSite, Family> = {
  DE: (variant) => {
    const { colour, tail } = variantSuffix('DE', variant);
    return {
      title: `Lumora CT-01 Kuscheldecke aus Baumwolle, gestrickt mit Quasten, weiche Wohndecke für Sofa und Bett${tail}`,
      bullets: [
        'REINE BAUMWOLLE: 100 % Baumwollgarn im groben Zopfmuster, weich, atmungsaktiv und warm.',
        `ZWEI GRÖSSEN: 130 x 170 cm für das Sofa oder 150 x 200 cm für das Doppelbett${colour ? `; diese in ${colour}` : ''}.`,
        'QUASTEN: handgeknüpfte Quasten an beiden Enden für einen gemütlichen Landhausstil.',
      ],
      description: `Technische Daten: Material 100 % Baumwolle; Strickgewicht 450 g/m²; Größen 130 x 170 cm (0,7 kg) und 150 x 200 cm (1,0 kg); Farben Grau und Beige${variant ? `; dieser Artikel: ${colour}, ${variant.size}` : ''}.\n\nEigenschaften: grobes Zopfmuster, Quasten an beiden Enden, atmungsaktiv für alle Jahreszeiten, vakuumverpackt, waschbar bei 30°C.`,
      keywords:
        'sofadecke strickdecke tagesdecke wohndecke couchdecke decke mit quasten wohnzimmer deko geschenk',
    };
  },
  FR: (variant) => {
    const { colour, tail } = variantSuffix('FR', variant);
    const lower = colour.toLowerCase();
    return {
      title: `Lumora CT-01 Plaid en Coton Tricoté avec Pompons, Jeté de Canapé et de Lit Doux${tail}`,
      bullets: [
        'PUR COTON : fil 100 % coton en grosses torsades, doux, respirant et chaud.',
        `DEUX TAILLES : 130 x 170 cm pour le canapé ou 150 x 200 cm pour un lit double${colour ? ` ; celui-ci en ${lower}` : ''}.`,
        'POMPONS : pompons noués à la main aux deux extrémités pour un style cosy.',
      ],
      description: `Caractéristiques techniques : 100 % coton ; grammage 450 g/m² ; tailles 130 x 170 cm (0,7 kg) et 150 x 200 cm (1,0 kg) ; coloris gris et beige${variant ? ` ; cet article : ${lower}, ${variant.size}` : ''}.\n\nPoints forts : grosses torsades, pompons aux deux extrémités, respirant en toute saison, livré sous vide, lavable à 30°C.`,
      keywords:
        'plaid canapé couverture tricot jeté de lit couverture douce pompons décoration salon cadeau',
    };
  },
  IT: (variant) => {
    const { colour, tail } = variantSuffix('IT', variant);
    const lower = colour.toLowerCase();
    return {
      title: `Lumora CT-01 Plaid in Cotone Lavorato a Maglia con Nappe, Coperta Morbida per Divano e Letto${tail}`,
      bullets: [
        'PURO COTONE: filato 100% cotone a trecce grosse, morbido, traspirante e caldo.',
        `DUE MISURE: 130 x 170 cm per il divano o 150 x 200 cm per il letto matrimoniale${colour ? `; questo in ${lower}` : ''}.`,
        'NAPPE: nappe annodate a mano su entrambi i lati per uno stile accogliente.',
      ],
      description: `Specifiche: 100% cotone; grammatura 450 g/m²; misure 130 x 170 cm (0,7 kg) e 150 x 200 cm (1,0 kg); colori grigio e beige${variant ? `; questo articolo: ${lower}, ${variant.size}` : ''}.\n\nCaratteristiche: trecce grosse, nappe su entrambi i lati, traspirante in ogni stagione, spedito sottovuoto, lavabile a 30°C.`,
      keywords:
        'coperta divano plaid maglia copriletto coperta morbida nappe decorazione soggiorno regalo',
    };
  },
  ES: (variant) => {
    const { colour, tail } = variantSuffix('ES', variant);
    const lower = colour.toLowerCase();
    return {
      title: `Lumora CT-01 Manta de Algodón de Punto con Borlas, Manta Suave para Sofá y Cama${tail}`,
      bullets: [
        'ALGODÓN PURO: hilo 100 % algodón en ochos gruesos, suave, transpirable y cálido.',
        `DOS TAMAÑOS: 130 x 170 cm para el sofá o 150 x 200 cm para una cama doble${colour ? `; esta en ${lower}` : ''}.`,
        'BORLAS: borlas anudadas a mano en ambos extremos para un estilo acogedor.',
      ],
      description: `Especificaciones: 100 % algodón; gramaje 450 g/m²; tamaños 130 x 170 cm (0,7 kg) y 150 x 200 cm (1,0 kg); colores gris y beige${variant ? `; este artículo: ${lower}, ${variant.size}` : ''}.\n\nCaracterísticas: ochos gruesos, borlas en ambos extremos, transpirable todo el año, envío al vacío, lavable a 30°C.`,
      keywords: 'manta sofá manta punto colcha cama manta suave borlas decoración salón regalo',
    };
  },
};

const DRAWER_ORGANISER: Record<EuSite, SiteText> = {
  DE: {
    title:
      'Lumora BD-6 Besteckkasten aus Bambus, ausziehbarer Schubladeneinsatz mit 6 Fächern für Küchenschubladen, Natur',
    bullets: [
      'AUSZIEHBAR: von 33 auf 53 cm verstellbar, passt in die meisten Küchenschubladen.',
      '6 FÄCHER: Platz für Messer, Gabeln, Löffel und Küchenhelfer, mit 2 ausziehbaren Seitenfächern.',
      'NATÜRLICHER BAMBUS: glatt, stabil und leicht abzuwischen.',
    ],
    description:
      'Technische Daten: Material Bambus; Breite 33-53 cm; Tiefe 43 cm; Höhe 5 cm; 6 Fächer; Gewicht 0,85 kg.\n\nEigenschaften: ausziehbare Seitenfächer, rutschfeste Füße, abgerundete Kanten, passt in Schubladen vieler Größen.',
    keywords: 'besteckeinsatz schubladen organizer holz besteckhalter küche ordnung verstellbar',
  },
  FR: {
    title:
      'Lumora BD-6 Range-Couverts en Bambou Extensible, Organiseur de Tiroir à 6 Compartiments pour la Cuisine, Naturel',
    bullets: [
      "EXTENSIBLE : de 33 à 53 cm, s'adapte à la plupart des tiroirs de cuisine.",
      '6 COMPARTIMENTS : couteaux, fourchettes, cuillères et ustensiles, avec 2 bacs latéraux coulissants.',
      'BAMBOU NATUREL : lisse, solide et facile à essuyer.',
    ],
    description:
      'Caractéristiques techniques : bambou ; largeur 33-53 cm ; profondeur 43 cm ; hauteur 5 cm ; 6 compartiments ; poids 0,85 kg.\n\nPoints forts : bacs latéraux extensibles, pieds antidérapants, bords arrondis, convient à de nombreux tiroirs.',
    keywords: 'range couverts tiroir organisateur bois rangement cuisine extensible porte couverts',
  },
  IT: {
    title:
      'Lumora BD-6 Portaposate in Bambù Estensibile, Organizer per Cassetti con 6 Scomparti, Naturale',
    bullets: [
      'ESTENSIBILE: da 33 a 53 cm, si adatta alla maggior parte dei cassetti della cucina.',
      '6 SCOMPARTI: coltelli, forchette, cucchiai e utensili, con 2 vassoi laterali scorrevoli.',
      'BAMBÙ NATURALE: liscio, robusto e facile da pulire.',
    ],
    description:
      'Specifiche: bambù; larghezza 33-53 cm; profondità 43 cm; altezza 5 cm; 6 scomparti; peso 0,85 kg.\n\nCaratteristiche: vassoi laterali estensibili, piedini antiscivolo, bordi arrotondati, adatto a cassetti di molte misure.',
    keywords: 'portaposate cassetto organizer legno cucina ordine estensibile divisorio posate',
  },
  ES: {
    title:
      'Lumora BD-6 Organizador de Cubiertos de Bambú Extensible, Bandeja para Cajón con 6 Compartimentos, Natural',
    bullets: [
      'EXTENSIBLE: de 33 a 53 cm, cabe en la mayoría de los cajones de cocina.',
      '6 COMPARTIMENTOS: cuchillos, tenedores, cucharas y utensilios, con 2 bandejas laterales.',
      'BAMBÚ NATURAL: liso, resistente y fácil de limpiar.',
    ],
    description:
      'Especificaciones: bambú; ancho 33-53 cm; fondo 43 cm; alto 5 cm; 6 compartimentos; peso 0,85 kg.\n\nCaracterísticas: bandejas laterales extensibles, patas antideslizantes, bordes redondeados, se adapta a cajones de muchos tamaños.',
    keywords: 'cubertero cajón organizador madera cocina orden extensible separador cubiertos',
  },
};

interface SiteListing {
  texts: Record<EuSite, SiteText> | Record<EuSite, Family>;
  nodes: Record<EuSite, string>;
  /** Shelf prices in EUR, VAT included, per size where a family has two. */
  prices: Record<EuSite, number> | Record<'M' | 'L', Record<EuSite, number>>;
  plugTypes?: Record<EuSite, string>;
}

const LISTINGS: Record<string, SiteListing> = {
  'LD-300': {
    texts: LAMP,
    nodes: { DE: '2074981031', FR: '3557391', IT: '731648031', ES: '2165441031' },
    prices: { DE: 41.99, FR: 43.99, IT: 46.99, ES: 44.99 },
    plugTypes: {
      DE: 'type_f_2pin_de',
      FR: 'type_e_2pin_fr',
      IT: 'type_l_3pin_it',
      ES: 'type_f_2pin_de',
    },
  },
  'BB-3': {
    texts: BOXES,
    nodes: { DE: '3169981', FR: '3557201', IT: '731680031', ES: '2165562031' },
    prices: { DE: 39.99, FR: 41.99, IT: 44.99, ES: 43.99 },
  },
  'TS-2': {
    texts: TEA_SET,
    nodes: { DE: '3311391', FR: '3557461', IT: '731667031', ES: '2165430031' },
    prices: { DE: 41.99, FR: 43.99, IT: 46.99, ES: 45.99 },
  },
  'SK-5': {
    texts: UTENSILS,
    nodes: { DE: '3169311', FR: '3557181', IT: '731602031', ES: '2165453031' },
    prices: { DE: 29.99, FR: 31.99, IT: 33.99, ES: 32.99 },
  },
  'NL-1': {
    texts: NIGHT_LIGHT,
    nodes: { DE: '3311471', FR: '3557411', IT: '731652031', ES: '2165447031' },
    prices: { DE: 32.99, FR: 34.99, IT: 36.99, ES: 35.99 },
  },
  'CT-01': {
    texts: BLANKET,
    nodes: { DE: '3310901', FR: '3557301', IT: '731690031', ES: '2165605031' },
    prices: {
      M: { DE: 38.99, FR: 40.99, IT: 43.99, ES: 42.99 },
      L: { DE: 49.99, FR: 51.99, IT: 55.99, ES: 53.99 },
    },
  },
  'BD-6': {
    texts: DRAWER_ORGANISER,
    nodes: { DE: '3169991', FR: '3557211', IT: '731681031', ES: '2165563031' },
    prices: { DE: 38.99, FR: 40.99, IT: 44.99, ES: 42.99 },
  },
};

/** One translated listing of a SKU on a site. */
export interface DemoTranslation extends SiteText {
  sku: string;
  site: EuSite;
  browseNode: string;
  /** EUR, VAT included; none for a parent. */
  price: number | null;
  plugType?: string;
}

/** The listing of a product on a site, or null when it was never translated. */
export function translationOf(product: DemoProduct, site: EuSite): DemoTranslation | null {
  const listing = LISTINGS[product.model];
  if (!listing || (product.status !== 'Approved' && product.status !== 'Uploaded')) return null;
  const family = typeof listing.texts[site] === 'function';
  const text = family
    ? (listing.texts[site] as Family)(
        product.parentSku ? { colour: product.color, size: product.size } : null,
      )
    : (listing.texts[site] as SiteText);
  let price: number | null;
  if ('M' in listing.prices) {
    price = product.parentSku ? listing.prices[product.sku.endsWith('-L') ? 'L' : 'M'][site] : null;
  } else {
    price = listing.prices[site];
  }
  return {
    sku: product.sku,
    site,
    ...text,
    browseNode: listing.nodes[site],
    price,
    plugType: listing.plugTypes?.[site],
  };
}

/** Every translation of the catalogue: the approved and uploaded SKUs, four sites each. */
export function demoTranslations(): DemoTranslation[] {
  return CATALOGUE.flatMap((product) =>
    EU_SITES.map((site) => translationOf(product, site)).filter(
      (translation): translation is DemoTranslation => translation !== null,
    ),
  );
}

/**
 * A machine translation made ahead of review for the baking mats, still waiting for the
 * director's approval of the product and for its site owner's review; it has no price yet.
 */
const MACHINE_DRAFT: DemoTranslation = {
  sku: 'LUM-SM08',
  site: 'DE',
  title:
    'Lumora BM-2 Silikon Backmatte Set von 2, Antihaft Wiederverwendbar Ofen Einlage für Backbleche, Rot, 42 x 29,5 cm',
  bullets: [
    'SET VON 2: passt auf Standard halbe Blech Backbleche, 42 x 29,5 cm.',
    'ANTIHAFT WIEDERVERWENDBAR: ersetzt Backpapier; hitzesicher von -40°C bis 230°C.',
    'EINFACH SAUBER: spülen mit warmem Seifenwasser oder in die Spülmaschine geben.',
  ],
  description:
    'Technische Daten: lebensmittelechtes Silikon mit Glasfaserkern; 42 x 29,5 cm; 0,7 mm dick; 2 Stück; hitzesicher -40°C bis 230°C.\n\nEigenschaften: Antihaft-Oberfläche, gleichmäßige Hitze für Kekse und Gebäck, wiederverwendbar statt Backpapier, spülmaschinenfest.',
  keywords: 'backunterlage macaron matte keksblech teigmatte ofenmatte wiederverwendbar backpapier',
  browseNode: '3169421',
  price: null,
};

/** The Translations sheet, with English headers as the site owners keep it. */
export function translationsTab(): DemoTab {
  const records: DemoRecord[] = [...demoTranslations(), MACHINE_DRAFT].map((translation) => {
    const draft = translation === MACHINE_DRAFT;
    const record: DemoRecord = {
      sku: translation.sku,
      site: translation.site,
      title: translation.title,
      description: translation.description,
      keywords: translation.keywords,
      browseNode: translation.browseNode,
      price: translation.price,
      status: enumLabel(TRANSLATION_STATUS, draft ? 'MachineDraft' : 'Reviewed', 'en'),
      translator: draft ? 'Google Translate' : SITE_OWNER[translation.site],
      'amazon.power_plug_type': translation.plugType ?? null,
    };
    translation.bullets.forEach((bullet, i) => (record[`bullet${i + 1}`] = bullet));
    return record;
  });
  return contractTab(
    'translations',
    {
      lang: 'en',
      columns: [
        'sku',
        'site',
        'title',
        'bullet1',
        'bullet2',
        'bullet3',
        'bullet4',
        'bullet5',
        'description',
        'keywords',
        'browseNode',
        'price',
        'amazon.power_plug_type',
        'status',
        'translator',
      ],
    },
    records,
  );
}
