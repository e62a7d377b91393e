import { render } from 'preact';
import { App } from './App.tsx';
import '../../components/card.css';
import './popup.css';

render(<App />, document.getElementById('app')!);
