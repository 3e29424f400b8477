/**
 * Danish words and stems the OCR repair knows, written for this project: common words, the words
 * of budget forms and minutes in a region or municipality, and the parties. Inflected forms are
 * accepted through lexicon.ts's endings and compounds, so stems suffice for most nouns and verbs.
 * The list decides nothing alone: a word is only changed when exactly one reading of it is known.
 */
export const danishWords = `
i og at er en et den det de der som til på af for med om ikke kan vil skal har have havde
være var været blev bliver blive blevet også så når hvor hvordan hvad hvilke hvilken hvilket
hvis men eller samt fra ved under over efter før inden indenfor mellem mod uden gennem igennem
hos både end nu her dette disse denne sig sin sit sine vi vores vor os jeg du han hun man mig
dig dem deres hans hendes dens dets alle andre anden andet mange flere færre mere mest meget
mindre mindst få får fik fået må måtte bør burde skulle ville kunne kunnet gør gøre gjort gjorde
giver give gav givet går gå gik gået står stå stod stået ser se så set ses sætter sætte satte
sat ny nye nyt god godt gode bedre bedst bedste stor store stort større størst største lille
små lang lange langt længe længere høj høje højt højere højest lav lave lavt lavere første sidste
næste tredje fjerde femte hele helt hel selv selve dog jo vel fx evt bl.a mv ca jf herunder
derfor dermed desuden derudover endelig samtidig samtidigt ligeledes blandt øvrig øvrige egen
eget egne ene eneste hver hvert hvem hvornår hvorfor hvorledes allerede altid aldrig ofte stadig
fortsat igen nær nære nærmere nærmest år året årene årlig årligt årlige måned måneder uge uger
dag dage dagen døgn døgnet time timer tid tiden tider nuværende tidspunkt tidspunktet fremtid
fremtiden forår efterår efteråret sommer sommeren vinter vinteren jul påske nat natten aften
morgen formiddag eftermiddag ja nej ingen intet nogen noget nogle enhver ethvert ens samme
sådan sådanne således såsom såvel så vidt idet fordi da mens siden hvorved hvormed hvori heraf
hertil herved deraf dertil derved heller enten hverken både dels især navnlig primært
sekundært generelt konkret konkrete konkret typisk særlig særligt særlige specielt specifikt
eksempel eksempler eksempelvis blot kun bare næsten omkring cirka ellers alligevel imidlertid
dels følgelig nemlig netop faktisk muligvis måske sikkert sandsynligvis nødvendigvis tilsvarende
foruden ifølge ift iht vedr pga mht bl ud ind op ned hen frem tilbage væk hjem hjemme ude inde
oppe nede henne foran bagved udenfor indenfor omkring rundt tæt langt fjern nordlige sydlige
én to tre fire fem seks syv otte ni ti elleve tolv tyve tredive fyrre halvtreds hundrede tusind
million millioner milliard milliarder halv halvt halvdel halvdelen kvart procent promille
gang gange første anden tredje dobbelt dobbelte

region regionen regionens regional regionale regionalt regioner regionerne regionsråd
regionsrådet regionsrådets regionsrådsmedlem regionsgården hovedstaden sjælland sjællands
nordsjælland nordsjællands bornholm bornholms københavn københavns frederiksberg hillerød
glostrup herlev gentofte bispebjerg amager hvidovre rigshospitalet hvidovre ballerup frederiksund
helsingør ringsted roskilde køge næstved odense aarhus aalborg danmark danske dansk
kommune kommunen kommuner kommunerne kommunal kommunale kommunalbestyrelse kommunalbestyrelsen
byråd byrådet borgmester borgmesteren rådmand økonomiudvalg økonomiudvalget stat staten statens
forretningsudvalg forretningsudvalget udvalg udvalget udvalgets udvalgene udvalgsmøde
samordningsudvalg samordningsudvalgene samarbejdsudvalg formand formanden næstformand medlem
medlemmer medlemmerne politiker politikere politikerne politisk politiske parti partier partiet
partierne partigruppe partigrupper gruppe grupper flertal mindretal mandat mandater
enhedslisten socialdemokratiet socialdemokratisk venstre konservative konservativ folkeparti
folkepartiet radikale alternativet moderaterne danmarksdemokraterne liberal alliance sf
socialistisk grønne frie borgerlige veganerpartiet kristendemokraterne

budget budgettet budgetter budgetaftale budgetaftalen budgetaftaler budgetforhandling
budgetforhandlinger budgetforhandlingerne budgetlægning budgetlægningen budgetinitiativ
budgetinitiativer budgetinitiativet budgetinitiativets budgetår budgetmidler budgetsag
finansieringsinitiativ finansieringsinitiativer tilsagn tilsagnsbudgettere tilsagnsbudgetteres
tilsagnsbudgettering initiativ initiativer initiativet initiativets forslag forslaget forslagets
forslagene forslagsstiller administration administrationen administrationens bemærkning
bemærkninger bemærkningerne økonomi økonomien økonomisk økonomiske drift driften driftsudgift
driftsudgifter etablering etableringsudgift etableringsudgifter løn lønnen lønninger lønudgift
lønudgifter lønmidler årsværk ansætte ansættes ansat ansatte ansættelse ansættelser ansættelsen
medarbejder medarbejdere medarbejderne medarbejdernes personale personalet kollega kolleger
finansiering finansieringen finansiere finansieres finansieret kasse kassen kasser kasserne
sundhedskassen udviklingskasse udviklingskassen område området områder områderne andel andele
andelen andelene beløb beløbet beløbene mio mia kr kroner krone udgift udgiften udgifter
udgifterne merudgift merudgifter mindreudgift indtægt indtægter besparelse besparelser spare
spares sparet effektivisering effektiviseringer reduktion reducere reduceres reduceret øge
øges øget øgede forøge forøgelse stigning stigningen fald niveau niveauet ramme rammen rammer
rammerne eksisterende vurdere vurderer vurderes vurderet vurdering vurderingen anbefale anbefaler
anbefales anbefalet anbefaling anbefalinger anbefalingerne konsekvens konsekvenser konsekvenserne
uddybe uddybende beskrivelse beskrivelsen tekstudkast tekst teksten udkast udkastet
verdensmål verdensmålene fn fns bidrage bidrager bidrag positivt negativt påvirkning påvirke
påvirker påvirkes miljø miljøet klima klimaet klimavenlig trivsel trivslen arbejdsplads
arbejdspladsen arbejdspladser arbejde arbejdet arbejder arbejdsmiljø bæredygtig bæredygtige
bæredygtighed bæredygtigt skalere skaleres skaleret projekt projekter projektet projektets
omfang omfanget pulje puljer puljen karakter konsulent konsulenter konsulentydelser ydelse
ydelser indkøb indkøbet licens licenser it system systemer systemet digital digitale digitalt
digitalisering løsning løsninger løsningen værktøj værktøjer

sundhed sundheden sundhedsvæsen sundhedsvæsenet sundhedsvæsenets sundhedsmæssig sundhedsmæssige
sundhedshus sundhedshuse hospital hospitaler hospitalet hospitalerne hospitalets hospitalernes
sygehus sygehuse afdeling afdelinger afdelingen klinik klinikker klinikken klinisk kliniske
patient patienter patienten patienterne patienternes behandling behandlingen behandlinger
behandle behandles behandlet behandlingsansvar borger borgere borgerne borgernes pårørende
læge læger lægen lægerne lægevagt speciallæge almen praksis praksissektor praksissektoren
sygeplejerske sygeplejersker socialsygeplejerske socialsygeplejersker jordemoder jordemødre
sundhedsplejerske sundhedsplejersker fysioterapeut terapeut psykolog psykologer psykiatri
psykiatrien psykiatrisk psykiatriske psykisk psykiske lidelse lidelser sygdom sygdomme syg
syge sårbar sårbare udsat udsatte udsathed udsattefaglighed misbrug hjemløs hjemløse
hjemløshed ensom ensomhed ældre ældreområdet børn barn børnene unge ungdom ungdomsuddannelse
ungdomsuddannelser familie familier forældre graviditet gravide fødsel fødsler føde fødende
akut akutte akutmodtagelse akutteam akutteams ambulance ambulancer ambulant ambulante
indlæggelse indlæggelser indlagt indlagte genindlæggelse genindlæggelser genindlagt udskrivelse
genoptræning rehabilitering forebyggelse forebyggende tandpleje medicin medicinsk medicinske
abstinens abstinensbehandling smertebehandling smerte smerter alkohol stofbrug rusmidler
ernæring hygiejne kræft hjerte diabetes demens kronisk kroniske ventetid ventetider venteliste
ventelister kapacitet kapaciteten seng senge sengeplads sengepladser operation operationer
undersøgelse undersøgelser diagnose diagnoser skanning screening vaccination vagt vagter
nattevagt døgnvagt hjemmebehandling hjemmebesøg hjem hjemmet selvmonitorering telemedicin
virtuel virtuelle kontakt kontakter konsultation konsultationer tværsektoriel tværsektorielt
tværsektorielle sektor sektorer overgang overgange

omsorg omsorgen omsorgens omsorgsfuld medmenneskelig medmenneskelige ledelse ledelsen leder
ledere lederne lederuddannelse konference konferencen ledelseskonference tema temaet temaer
topmøde topmøder møde mødet møder mødes mødested mødedato mødelokale mødetid ungetopmøde
seniortopmøde formål formålet indhold indholdet baggrund baggrunden argumentation begrundelse
begreb begrebet forståelse forståelsen forstå forstås forstået fælles fællesskab betydning
betydningen værdi værdien værdier værdifuld vigtig vigtige vigtigt væsentlig væsentlige
væsentligt nødvendig nødvendige nødvendigt mulig mulige muligt mulighed muligheder
motivation motiveret forskning forskningen viden evidens erfaring erfaringer erfaringerne
uddannelse uddannelsen kursus kurser kurset kurserne undervisning undervisningen læring læringen
lære lærer e-læring e-læringskursus kompetence kompetencer kompetencerne kompetenceudvikling
opkvalificering opkvalificere opkvalificeres færdighed færdigheder færdighedsstation
færdighedsstationer nøgleperson nøglepersoner ressourceperson ressourcepersoner rolle roller
fagligt faglig faglige fagperson fagpersoner faggruppe faggrupper sammenhæng sammenhængen
sammenhængende samarbejde samarbejdet samarbejder samarbejdsaftale aftale aftalen aftaler
part parter parterne plan planen planer planlægge planlægning visionsoplæg oplæg oplægget
vision strategi strategien indsats indsatser indsatsen signaturindsats signaturindsatser tilbud
tilbuddet tilbuddene aktivitet aktiviteter aktiviteterne pilotprojekt forsøg forsøget
udvikling udviklingen udvikle udvikles udviklet videreudvikle styrke styrkes styrket styrkelse
sikre sikres sikret sikring støtte støttes støttet understøtte understøttes understøtter
understøttelse hjælp hjælpe hjælpes hjælper nå nås nået opnå opnås opnået målsætning mål målet
målene målgruppe målgrupper målgruppen målrettet målrettede målrette prioritere prioriteres
prioriteret prioritering prioriterede fokus fokusere fokuserer fokuseret integrere integreres
integreret integration implementere implementeres implementering gennemføre gennemføres
gennemført gennemførelse afholde afholder afholdes afholdt afvikle afvikles afvikling holde
holdes inddrage inddrages inddraget inddragelse inddragende debat debatter drøfte drøftes
drøftelse drøftelser drøftede spørgsmål spørgsmålet spørgsmålene svar svaret besvare
registrere registreres registrering tab tabet tabe vurdere centrale central centralt bred
brede bredt daglig daglige dagligt hverdag hverdagen naturlig naturlige naturligt naturligvis
forlængelse forlænge forlænget relevant relevante relevans harmonere harmonerer harmonisk stor
lokal lokale lokalt udbyde udbydes udbudt udbud plads pladser pladsen behov behovet opskalere
opskaleres opskalering nedskalere inspiration ift tidligere senest seneste hidtil løbende
løbe løber første tryghed tryg trygge tillid ansvar ansvaret ansvarlig forudsætning
forudsætninger forudsætningen potentiale potentialet udfordring udfordringer udfordringerne
pres presset imødekomme imødekommer løse løses løst løsning anvise anviser bygge bygger
bygning bygninger byggeri ejendom ejendomme lokale lokaler anlæg anlægget anlægsudgift
anlægsudgifter investering investeringer investere renovering vedligehold vedligeholdelse
trafik kollektiv kollektive transport bus busser busrute busruter rute ruter tog toget
letbane pendler yderområde yderområder landdistrikt landdistrikter erhverv erhvervsliv
beskæftigelse arbejdskraft rekruttering rekruttere fastholdelse fastholde kultur kulturliv
natur grøn grønt omstilling energi forurening luft luftforurening vand jord jordforurening
råstof råstoffer affald genbrug cirkulær

forøgelse trappemodel gradvis gradvist kommende foreligge foreligger forelægge forelægges
forelagt udførlig udførlige efterfølgende følge følger følgende fulgt opfølgning anføre anføres
anført anført angive angives angivet beskrive beskrives beskrevet skrive skrives skrevet
overveje overvejes overvejet overvejelse overvejelser disponere disponeres disponeret regi
hånd hænder sag sagen sager sagerne sagsfremstilling indstilling indstillingen indstille indstiller
indstilles beslutning beslutningen beslutninger beslutte besluttes besluttet vedtage vedtages
vedtaget vedtagelse godkende godkendes godkendt godkendelse tiltræde tiltræder tiltrådt
tiltrådte anbefale oversende oversendes oversendt orientering orienteringen orientere
orienteres taget tage tager tages efterretning dagsorden dagsordenen dagsordenspunkt punkt
punktet punkter referat referatet afbud deltager deltagere deltagerne deltog fraværende
oplægsholder oplægsholdere fremlægge fremlægges fremlagt præsentere præsenteres præsenteret
præsentation bilag bilaget bilagene direktør direktøren direktion direktionen koncerndirektør
koncerndirektøren økonomidirektør økonomidirektøren enhedschef chef chefen kontorchef
konsulenten sekretariat sekretariatet koncern koncernøkonomi koncerncenter administrerende
mødelokale lokale salen rådhus rådhuset rådhussalen råd rådet rådets kl klokken frist
fristen frister tidsplan tidsplanen milepæl milepæle kalender kalenderen
ønske ønsker ønsket ønskes ønskelig ønskeligt mene mener ment mening holdning støtte
enig enige enighed uenig uenige afslag afvise afvises afvist afvisning tilbagetrække
tilbagetrækning trække trækkes

bl.a jf. mv. fx. evt. ca. dvs kan kunne skal ske sker sket afsætte afsættes afsat afsatte
sætte fastsætte fastsættes fastsat repræsenteret repræsentere repræsentant repræsentanter
værd vægt vægte vægtes vægtet prøve prøves afprøve afprøvning spørge spørger høre hører
høring høringen høringssvar søge søger søgt ansøgning ansøgninger møde mødes mødtes føre
føres ført fører udføre udføres udført udgøre udgør udgøres nøje nøjagtig grøn grønne
glæde glæder rødt rød røde død døde født født først først hør skønne skøn skønnet skønnes
tør tørre køre kører kørsel kørte dør døre bøger bog smør frø sø søer øst østlige
vest vestlige nord syd højde bredde længde størrelse størrelsen mængde mængden antal antallet
tal tallet tallene del dele delen delt deles delvis delvist fuld fulde fuldt fuldtid deltid
helhed helheden enkelt enkelte enkeltvis person personer personen menneske mennesker
menneskelig menneskelige liv livet livskvalitet tilstand situation situationen forhold
forholdet forholdene
tråd tråde ordning ordninger ordningen løfte løftes løftet start starte starter startet startede slut slutte slutter sluttet afslutte afslutning skift skifte
skifter skiftet køreplan køreplaner afgang afgange linje linjer buslinje buslinjer trafikselskab
undgå undgår undgået opstå opstår opstået bestå består bestået forstå forstår tilgå tilgår indgå
indgår indgået modgå overgå fortsætte fortsætter fortsat fortsættelse modtage modtager modtaget
foretage foretager foretaget påtage påtager deltage deltager deltaget beslutte afgøre afgør
afgjort afgørelse gælde gælder gældende hænge hænger hængt sænke sænker sænket hæve hæver hævet
lægge lægger lagt læse læser læst læsning løbe løber løbet købe køber købt køb søge nøjes
røre rører rørt føle føler følt følelse følelser bære bærer båret spørge spurgt træde træder
trådt træffe træffer truffet træne træner trænet trænes skære skærer skåret sælge sælger solgt
vælge vælger valgt valg vække vækker vækst række rækker rækken rækkefølge række dække dækker
dækket dækning lære lærer lært rækkevidde tælle tæller talt stræbe kæmpe kæmper kæmpet
tænke tænker tænkt tænkning tænkes mærke mærker mærket bemærke bemærker bemærket
ændre ændrer ændret ændring ændringer ændringen æble ære ærlig æstetik ækvivalent æra ægte
øje øjne øjeblik øjeblikket økonomer økonom øvelse øvelser øve øver øvet ønskes øre ørerne
ører øst ødelægge ødelagt ødelæggelse øge øjensynlig øverst øverste
åben åbne åbent åbner åbnet åbning åbningstid åbningstider årsag årsager åndedræt ånd
årsrapport årsregnskab århundrede årti årtier årsagen årsskifte år årlig årsværket
udgå udgående udgåede indgående gående stående kommende følgende liggende
undgås bestås opnåelse forståelig forståelige forståeligt påstand påstande påpege påpeger
pålægge pålagt pågå pågår pågående påbegynde påbegyndes påbegyndt påvise påvist påvirket påvirkes
påbud pårørendes påske pasning passe passer passet
sådan sågar såfremt såkaldt såkaldte sårbarhed sår såre
gå går gåes gået gående nå når nået små både også få får fået må måtte måde måder måned
så sås såvel stå står stået står lå ligger lagt slå slår slået slag fåes
nødvendighed nødvendigheden unødvendig unødvendige unødvendigt nød nødsituation
før først førstkommende førend føre fører førte ført førerskab
ønskelig ønskværdig
drift driftsår driftsudgifterne driftsmidler driftsbudget anlægsbudget
udbygning udbygge udbygges udbygget udvidelse udvide udvides udvidet grund grunde grunden
egnet egnede udpege udpeges udpeget byggeri byggeriet byggesag byggesager bygge byggeplads
tages taget brug brugen bruge bruges brugt bruger brugere brugerne
ungdomspsykiatri ungdomspsykiatrien børnepsykiatri psykiatriens børne ungdoms familie skole
skoler skolen tæt tætte tættere familiens
køre kører kørt trafik transporttid transport skoletid skoleår elev elever eleverne
gymnasium gymnasier erhvervsskole erhvervsskoler uddannelsessted falde falder faldet frafald
lettere let lette hverdagen morgen morgenen
kvalitetsuddannelse lokalsamfund lokalsamfundet byer by byen mindre ulighed lighed
sygepleje hjemmesygepleje hjemmesygeplejen praktiserende praktiserende funktionsevne funktion
funktioner udgående utryg utrygt utrygge tryghed forløbet forløbene forløb
regnskab regnskabsår regnskabet beregne beregnes beregnet beregning forbrug forbruget
kontrakt kontrakter kontrakten udløbe udløber udløbet internt intern interne ekstern eksterne
gennemgang gennemgangen fast faste opgave opgaver opgaven opgaverne løse løses fordel fordele
betydning væsentlig verdensmål verdensmålene kvalitet klimaet miljøet
status udvalgets orientering orientere byggeriet
søren sørensen jørgen jørgensen møller bjørn børge højgaard østergaard nørgaard kjær kjærgaard
bæk grøn frøsig sørup brøndby rødovre hørsholm lyngby køge næstved slagelse holbæk

`;
